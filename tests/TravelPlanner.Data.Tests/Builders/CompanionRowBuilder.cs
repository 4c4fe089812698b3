using Npgsql;

namespace TravelPlanner.Data.Tests.Builders;

/// <summary>
/// Companion profiles and trip links as raw rows: companion CRUD belongs to another service, so trip
/// and item tests create their companions here, below the library.
/// </summary>
public sealed class CompanionRowBuilder(NpgsqlDataSource dataSource)
{
    public async Task<Guid> CreateAsync(Guid createdBy, string name = "Grace Hopper", string? email = null)
    {
        var id = Guid.NewGuid();
        await using var command = dataSource.CreateCommand(
            """insert into travel_companions (id, "createdBy", name, email, relationship) values ($1, $2, $3, $4, 'friend')""");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = createdBy });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)email ?? DBNull.Value });
        await command.ExecuteNonQueryAsync();
        return id;
    }

    public async Task AddToTripAsync(Guid companionId, Guid tripId)
    {
        await using var command = dataSource.CreateCommand("""insert into trip_companions ("userId", "tripId", "companionId") select "userId", id, $2 from trips where id = $1""");
        command.Parameters.Add(new NpgsqlParameter { Value = tripId });
        command.Parameters.Add(new NpgsqlParameter { Value = companionId });
        await command.ExecuteNonQueryAsync();
    }
}
