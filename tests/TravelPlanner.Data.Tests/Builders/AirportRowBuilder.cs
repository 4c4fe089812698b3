using Npgsql;

namespace TravelPlanner.Data.Tests.Builders;

/// <summary>Airport reference rows (loaded by the console in production) for flight tests; idempotent.</summary>
public sealed class AirportRowBuilder(NpgsqlDataSource dataSource)
{
    public async Task EnsureAsync(string iata, string name, string city, string country)
    {
        await using var command = dataSource.CreateCommand(
            "insert into airports (iata, name, city, country) values ($1, $2, $3, $4) on conflict (iata) do nothing");
        command.Parameters.Add(new NpgsqlParameter { Value = iata });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = city });
        command.Parameters.Add(new NpgsqlParameter { Value = country });
        await command.ExecuteNonQueryAsync();
    }
}
