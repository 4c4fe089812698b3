using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Companion profiles over <see cref="CompanionRepository"/>; ownership is checked in the SQL.</summary>
internal sealed class CompanionService(CompanionRepository companions, QueryExecutor executor, TimeProvider clock) : ICompanionService
{
    private const int MaxLimit = 100;

    public async Task<CompanionPage> GetUserCompanionsAsync(Guid userId, int page = 1, int limit = 20, CancellationToken cancellationToken = default)
    {
        Validate.Id(userId, "userId");
        var pageNumber = Validate.Page(page, "page");
        var pageSize = Validate.Limit(limit, "limit", MaxLimit);
        var (items, total) = await companions.ListUserCompanionsAsync(userId, pageSize, (pageNumber - 1L) * pageSize, cancellationToken).ConfigureAwait(false);
        return new CompanionPage(items, pageNumber, pageSize, total);
    }

    public async Task<Companion> CreateCompanionAsync(CompanionDetails details, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(userId, "userId");
        var clean = Clean(details);
        await EnsureEmailFreeAsync(userId, clean.Email, exceptId: null, cancellationToken).ConfigureAwait(false);
        return await companions.InsertCompanionAsync(userId, clean, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Companion> UpdateCompanionAsync(Guid companionId, CompanionDetails details, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(companionId, "companionId");
        Validate.Id(userId, "userId");
        var clean = Clean(details);
        await EnsureEmailFreeAsync(userId, clean.Email, companionId, cancellationToken).ConfigureAwait(false);
        return await companions.UpdateCompanionAsync(companionId, userId, clean, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("companion", companionId);
    }

    public async Task DeleteCompanionAsync(Guid companionId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(companionId, "companionId");
        Validate.Id(userId, "userId");
        if (!await companions.DeleteCompanionAsync(companionId, userId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("companion", companionId);
        }
    }

    public async Task<TripCompanion> AddCompanionToTripAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(companionId, "companionId");
        Validate.Id(tripId, "tripId");
        Validate.Id(userId, "userId");
        var added = await companions.InsertTripCompanionAsync(companionId, tripId, userId, cancellationToken).ConfigureAwait(false);
        if (added is not null)
        {
            return added;
        }

        // Nothing inserted: say which of the two is not the user's.
        throw await companions.UserOwnsTripAsync(tripId, userId, cancellationToken).ConfigureAwait(false)
            ? new NotFoundException("companion", companionId)
            : new NotFoundException("trip", tripId);
    }

    public async Task RemoveCompanionFromTripAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(companionId, "companionId");
        Validate.Id(tripId, "tripId");
        Validate.Id(userId, "userId");
        if (!await companions.DeleteTripCompanionAsync(companionId, tripId, userId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("trip companion", companionId);
        }
    }

    public async Task<IReadOnlyList<Companion>> SearchCompanionsAsync(Guid userId, string query, int limit = 10, CancellationToken cancellationToken = default)
    {
        Validate.Id(userId, "userId");
        var size = Validate.Limit(limit, "limit", MaxLimit);
        var text = Validate.Optional(query, "query", 255);
        return text is null
            ? []
            : await companions.SearchCompanionsAsync(userId, text, size, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Companion> LinkCompanionToAccountAsync(Guid companionId, Guid accountUserId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(companionId, "companionId");
        Validate.Id(accountUserId, "accountUserId");
        Validate.Id(userId, "userId");
        if (accountUserId == userId)
        {
            throw new ValidationException("accountUserId", "must be another user's account, not the creator's own.");
        }

        var existing = await companions.GetCompanionAsync(companionId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("companion", companionId);
        if (existing.UserId is not null)
        {
            throw new ConflictException("The companion is already linked to an account.", "userId");
        }

        if (!await companions.UserExistsAsync(accountUserId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("user", accountUserId);
        }

        return await executor.InTransactionAsync(
            async tx =>
            {
                // The update's guard ("userId" is null) settles a race between two links: the loser gets no row.
                var linked = await companions.LinkCompanionAccountAsync(companionId, accountUserId, userId, cancellationToken, tx).ConfigureAwait(false)
                    ?? throw new ConflictException("The companion is already linked to an account.", "userId");
                await companions.InsertCompanionRelationshipAsync(companionId, accountUserId, userId, cancellationToken, tx).ConfigureAwait(false);
                return linked;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private CompanionDetails Clean(CompanionDetails? details)
    {
        Validate.Present(details, "details");
        return Validate.All(() =>
        {
            var dateOfBirth = Validate.OptionalDate(details.DateOfBirth, "dateOfBirth");
            if (dateOfBirth is { } born && born > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            {
                dateOfBirth = Validate.Refuse("dateOfBirth", "must not be in the future.", dateOfBirth);
            }

            return new CompanionDetails(
                Validate.Required(details.Name, "name", 255),
                Validate.OptionalEmail(details.Email, "email"),
                dateOfBirth,
                Validate.Optional(details.Relationship, "relationship", 50));
        });
    }

    private async Task EnsureEmailFreeAsync(Guid userId, string? email, Guid? exceptId, CancellationToken cancellationToken)
    {
        // Checked first for a clear error; the unique index travel_companions_created_by_email_key settles races.
        if (email is not null && await companions.CompanionEmailTakenAsync(userId, email, exceptId, cancellationToken).ConfigureAwait(false))
        {
            throw new ConflictException("You already have a companion with this e-mail.", "email");
        }
    }
}
