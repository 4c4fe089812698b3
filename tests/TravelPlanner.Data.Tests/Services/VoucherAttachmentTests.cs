using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using TravelPlanner.Data.Tests.Schema;

namespace TravelPlanner.Data.Tests.Services;

/// <summary><see cref="IVoucherService.AttachVoucherToFlightAsync"/>: balance, status, travellers, and concurrency.</summary>
public sealed class VoucherAttachmentTests(TestDatabase database) : ServiceTestBase(database)
{
    private IVoucherService Vouchers => Services.Get<IVoucherService>();

    [Fact]
    public async Task Attaching_moves_the_voucher_from_open_to_partially_used_to_used()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, await Rows.TripAsync(user.Id));
        var voucher = await VoucherBuilder.New().Worth(100m).CreateAsync(Vouchers, user.Id);

        var first = await Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "user", user.Id, 30.25m, user.Id);
        var second = await Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "USER", user.Id, 69.75m, user.Id);

        Assert.Equal((VoucherStatus.PartiallyUsed, 30.25m, 69.75m), (first.Voucher.Status, first.Voucher.UsedAmount, first.Voucher.RemainingBalance));
        Assert.Equal((voucher.Id, flight, user.Id, "USER", 30.25m), (first.Attachment.VoucherId, first.Attachment.FlightId, first.Attachment.TravelerId, first.Attachment.TravelerType, first.Attachment.AmountUsed));
        Assert.Equal((VoucherStatus.Used, 100m, 0m), (second.Voucher.Status, second.Voucher.UsedAmount, second.Voucher.RemainingBalance));
        Assert.Equal([first.Attachment, second.Attachment], await Vouchers.GetVoucherAttachmentsAsync(voucher.Id, user.Id));
        Assert.Equal(second.Voucher, await Vouchers.GetVoucherAsync(voucher.Id, user.Id));
    }

    [Fact]
    public async Task A_companion_the_user_created_may_travel_on_the_voucher_and_nobody_elses()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var voucher = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        var companion = await Rows.CompanionAsync(user.Id);
        var strangersCompanion = await Rows.CompanionAsync(stranger.Id);

        var attached = await Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "COMPANION", companion, 10m, user.Id);
        var notTheirs = await Assert.ThrowsAsync<NotFoundException>(
            () => Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "COMPANION", strangersCompanion, 10m, user.Id));
        var notTheUser = await Assert.ThrowsAsync<NotFoundException>(
            () => Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "USER", stranger.Id, 10m, user.Id));
        var companionAsUser = await Assert.ThrowsAsync<NotFoundException>(
            () => Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "USER", companion, 10m, user.Id));

        Assert.Equal(("COMPANION", companion), (attached.Attachment.TravelerType, attached.Attachment.TravelerId));
        Assert.All([notTheirs, notTheUser, companionAsUser], e => Assert.Equal("traveler", e.Resource));
        Assert.Equal(10m, (await Vouchers.GetVoucherAsync(voucher.Id, user.Id)).UsedAmount);
    }

    [Theory]
    [InlineData(0, "amount")]
    [InlineData(-5, "amount")]
    [InlineData(1.001, "amount")]
    [InlineData(100.01, "amount")]
    public async Task Bad_amounts_are_refused_and_nothing_is_written(double amount, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var voucher = await VoucherBuilder.New().Worth(100m).CreateAsync(Vouchers, user.Id);

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "USER", user.Id, (decimal)amount, user.Id));

        Assert.Equal(field, error.Field);
        Assert.Equal(voucher, await Vouchers.GetVoucherAsync(voucher.Id, user.Id));
        Assert.Empty(await Vouchers.GetVoucherAttachmentsAsync(voucher.Id, user.Id));
    }

    [Fact]
    public async Task An_unknown_traveler_type_is_refused()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var voucher = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => Vouchers.AttachVoucherToFlightAsync(voucher.Id, Guid.NewGuid(), "PET", user.Id, 1m, user.Id));

        Assert.Equal("travelerType", error.Field);
    }

    [Fact]
    public async Task Used_transferred_expired_and_past_expiry_vouchers_are_refused()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var used = await VoucherBuilder.New().Worth(10m).CreateAsync(Vouchers, user.Id);
        await Vouchers.AttachVoucherToFlightAsync(used.Id, flight, "USER", user.Id, 10m, user.Id);
        var transferred = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        await Vouchers.ReissueVoucherAsync(transferred.Id, user.Id);
        var swept = await VoucherBuilder.New().Expiring(Today.AddDays(-1)).CreateAsync(Vouchers, user.Id);
        await Rows.ExecuteAsync("update vouchers set status = 'EXPIRED' where id = $1", swept.Id);
        var pastExpiry = await VoucherBuilder.New().Expiring(Today.AddDays(-1)).CreateAsync(Vouchers, user.Id);
        var lastDay = await VoucherBuilder.New().Expiring(Today).CreateAsync(Vouchers, user.Id);

        foreach (var refused in new[] { used, transferred, swept, pastExpiry })
        {
            var error = await Assert.ThrowsAsync<ConflictException>(
                () => Vouchers.AttachVoucherToFlightAsync(refused.Id, flight, "USER", user.Id, 1m, user.Id));
            Assert.Equal("status", error.Field);
        }

        Assert.Equal(VoucherStatus.PartiallyUsed, (await Vouchers.AttachVoucherToFlightAsync(lastDay.Id, flight, "USER", user.Id, 1m, user.Id)).Voucher.Status);
        Assert.Equal(0, await Rows.CountAsync(
            "select count(*) from voucher_attachments where \"voucherId\" = any($1)", new[] { transferred.Id, swept.Id, pastExpiry.Id }));
    }

    [Fact]
    public async Task Fifty_parallel_attaches_of_ten_against_one_hundred_never_overdraw()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var voucher = await VoucherBuilder.New().Worth(100.00m).CreateAsync(Vouchers, user.Id);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            try
            {
                await Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "USER", user.Id, 10.00m, user.Id);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        })));

        Assert.Equal(10, outcomes.Count(e => e is null));
        Assert.All(outcomes.Where(e => e is not null), e => Assert.True(
            e is ConflictException or ValidationException,
            $"Expected a conflict or validation error, got {e!.GetType().Name}: {e.Message}"));
        var after = await Vouchers.GetVoucherAsync(voucher.Id, user.Id);
        Assert.Equal((100.00m, VoucherStatus.Used), (after.UsedAmount, after.Status));
        var attachments = await Vouchers.GetVoucherAttachmentsAsync(voucher.Id, user.Id);
        Assert.Equal(10, attachments.Count);
        Assert.Equal(100.00m, attachments.Sum(a => a.AmountUsed));
    }
}
