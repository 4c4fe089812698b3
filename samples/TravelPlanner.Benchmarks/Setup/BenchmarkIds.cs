namespace TravelPlanner.Benchmarks.Setup;

/// <summary>The fixed rows of Seed/fixtures.sql, named by the benchmarks and the pgbench scripts.</summary>
internal static class BenchmarkIds
{
    /// <summary>Owns 30 trips, 5 companions and the attach vouchers.</summary>
    public static readonly Guid Owner = Guid.Parse("b0000000-0000-4000-8000-000000000001");

    /// <summary>Receives the trips the create benchmarks insert, so the owner's lists stay the same.</summary>
    public static readonly Guid Writer = Guid.Parse("b0000000-0000-4000-8000-000000000002");

    /// <summary>20 items (8 flights, 4 hotels, 3 transportation, 2 car rentals, 3 events), 5 companions, 16 item travellers.</summary>
    public static readonly Guid DetailsTrip = Guid.Parse("b1000000-0000-4000-8000-000000000001");

    /// <summary>A trip with nothing in it: "get trip by id" through the one public read of a trip.</summary>
    public static readonly Guid EmptyTrip = Guid.Parse("b1000000-0000-4000-8000-000000000002");

    /// <summary>The owner's flight the vouchers are attached to.</summary>
    public static readonly Guid AttachFlight = Guid.Parse("b3000000-0000-4000-8000-000000000001");

    /// <summary>Voucher <paramref name="n"/> (1-40) of the owner, balance 99,999,999.99.</summary>
    public static Guid Voucher(int n) => Guid.Parse($"b2000000-0000-4000-8000-{n:D12}");

    /// <summary>Seeded user <paramref name="n"/> (1-based), as Seed/seed.sql names it.</summary>
    public static Guid User(long n) => Guid.Parse($"00000000-0000-4000-8000-{n:D12}");

    /// <summary>Seeded trip <paramref name="t"/> (1-based).</summary>
    public static Guid Trip(long t) => Guid.Parse($"10000000-0000-4000-8000-{t:D12}");
}
