using Npgsql;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// The first <c>N</c> seeded users and, per user, the ids the writes need that the seed did not make
/// deterministic: the standalone flight and the FLIGHT voucher (500.00, attached 0.01 at a time).
/// </summary>
internal sealed class SeededUsers
{
    private readonly (Guid Flight, Guid Voucher)[] _writeTargets;

    private SeededUsers(int count, int tripsPerUser, (Guid, Guid)[] writeTargets)
    {
        Count = count;
        TripsPerUser = tripsPerUser;
        _writeTargets = writeTargets;
    }

    public int Count { get; }

    public int TripsPerUser { get; }

    public static async Task<SeededUsers> LoadAsync(string connectionString, int count, int tripsPerUser)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select u.n, f.id, v.id
            from generate_series(1, $1) u(n)
            join flights f on f."userId" = ('00000000-0000-4000-8000-' || lpad(u.n::text, 12, '0'))::uuid and f."tripId" is null
            join vouchers v on v."userId" = f."userId" and v.type = 'FLIGHT'
            order by u.n
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var targets = new (Guid, Guid)[count];
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            targets[reader.GetInt32(0) - 1] = (reader.GetGuid(1), reader.GetGuid(2));
        }

        return new SeededUsers(count, tripsPerUser, targets);
    }

    /// <summary>A random user's number (1-based).</summary>
    public long PickUser(Random random) => random.NextInt64(1, Count + 1);

    public static Guid UserId(long n) => BenchmarkIds.User(n);

    /// <summary>One of user <paramref name="n"/>'s trips, at random.</summary>
    public Guid PickTrip(long n, Random random) => BenchmarkIds.Trip((n - 1) * TripsPerUser + random.NextInt64(1, TripsPerUser + 1));

    public (Guid Flight, Guid Voucher) WriteTargets(long n) => _writeTargets[n - 1];
}
