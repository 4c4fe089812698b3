using Npgsql;

namespace TravelPlanner.Data.Tests.Builders;

/// <summary>
/// Trip invitations as raw rows: the invitation service belongs to another engineer, so sharing tests
/// put an invitation in the state they need directly.
/// </summary>
public sealed class InvitationRowBuilder(NpgsqlDataSource dataSource)
{
    public Task AcceptedAsync(Guid tripId, Guid invitedUserId, Guid invitedBy) => CreateAsync(tripId, invitedUserId, invitedBy, "accepted");

    public async Task CreateAsync(Guid tripId, Guid invitedUserId, Guid invitedBy, string status)
    {
        if (status == "accepted")
        {
            // As the service's accept does (users."hasSharedTrips").
            await using var mark = dataSource.CreateCommand("""update users set "hasSharedTrips" = true where id = $1""");
            mark.Parameters.Add(new NpgsqlParameter { Value = invitedUserId });
            await mark.ExecuteNonQueryAsync();
        }

        await using var command = dataSource.CreateCommand(
            """insert into trip_invitations ("tripId", "invitedUserId", "invitedBy", status) values ($1, $2, $3, $4)""");
        command.Parameters.Add(new NpgsqlParameter { Value = tripId });
        command.Parameters.Add(new NpgsqlParameter { Value = invitedUserId });
        command.Parameters.Add(new NpgsqlParameter { Value = invitedBy });
        command.Parameters.Add(new NpgsqlParameter { Value = status });
        await command.ExecuteNonQueryAsync();
    }
}
