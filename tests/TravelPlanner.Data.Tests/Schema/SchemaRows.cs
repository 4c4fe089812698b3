using Npgsql;

namespace TravelPlanner.Data.Tests.Schema;

/// <summary>Raw rows for schema tests (which test the database itself, below any repository).</summary>
internal sealed class SchemaRows(NpgsqlDataSource dataSource)
{
    public async Task<Guid> UserAsync()
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(
            "with address as (insert into user_emails (email, \"userId\") values ($2, $1)) insert into users (id, email, password, \"firstName\", \"lastName\") values ($1, $2, 'x', 'Ada', 'Lovelace')",
            id, $"user-{id:N}@example.com");
        return id;
    }

    public async Task<Guid> TripAsync(Guid userId)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(
            "insert into trips (id, \"userId\", name, \"departureDate\", \"returnDate\") values ($1, $2, 'Trip', date '2030-01-01', date '2030-01-10')",
            id, userId);
        return id;
    }

    public async Task<Guid> FlightAsync(Guid userId, Guid? tripId)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(
            """
            insert into flights (id, "userId", "tripId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime")
            values ($1, $2, $3, 'AA100', 'ORD', 'LHR', timestamptz '2030-01-01 10:00Z', timestamptz '2030-01-01 20:00Z')
            """,
            id, userId, (object?)tripId ?? DBNull.Value);
        return id;
    }

    public async Task<Guid> CompanionAsync(Guid createdBy, string? email = null)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(
            "insert into travel_companions (id, \"createdBy\", name, email) values ($1, $2, 'Grace', $3)",
            id, createdBy, (object?)email ?? DBNull.Value);
        return id;
    }

    public async Task<Guid> VoucherAsync(Guid userId)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(
            "insert into vouchers (id, \"userId\", type, issuer, \"voucherNumber\", \"totalValue\") values ($1, $2, 'FLIGHT', 'AA', $3, 100.00)",
            id, userId, "V-" + id.ToString("N"));
        return id;
    }

    public async Task<int> ExecuteAsync(string sql, params object?[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
        }

        return await command.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string sql, params object?[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The first column of every row, as text.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
