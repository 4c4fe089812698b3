using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TravelPlanner.Benchmarks.Baselines.EfCore;
using TravelPlanner.Benchmarks.Baselines.Raw;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Benchmarks.Setup;

/// <summary>
/// The three ways to the same rows, on the same database: the library as a host wires it
/// (<c>AddTravelPlannerData</c>; with Redis when <paramref name="redisConnectionString"/> is given), raw Npgsql
/// on its own data source, and EF Core (pooled contexts) with the Npgsql provider.
/// </summary>
internal sealed class Contenders : IAsyncDisposable
{
    private readonly ServiceProvider _library;
    private readonly NpgsqlDataSource _rawSource;

    public Contenders(string connectionString, string? redisConnectionString = null)
    {
        var services = new ServiceCollection();
        services.AddTravelPlannerData(o => o.ConnectionString = connectionString)
            .AddRedisCache(o => o.RedisConnectionString = redisConnectionString);
        _library = services.BuildServiceProvider();
        _rawSource = NpgsqlDataSource.Create(connectionString);
        var ef = new PooledDbContextFactory<TravelDbContext>(
            new DbContextOptionsBuilder<TravelDbContext>().UseNpgsql(connectionString).Options);

        RawTrips = new RawTrips(_rawSource);
        RawAirports = new RawAirports(_rawSource);
        RawVouchers = new RawVouchers(_rawSource);
        EfTrips = new EfTrips(ef);
        EfAirports = new EfAirports(ef);
        EfVouchers = new EfVouchers(ef);
    }

    public ITripService Trips => _library.GetRequiredService<ITripService>();
    public IAirportService Airports => _library.GetRequiredService<IAirportService>();
    public IVoucherService Vouchers => _library.GetRequiredService<IVoucherService>();
    public IServiceProvider Library => _library;

    /// <summary>Closes the raw baseline's idle connections (<see cref="NpgsqlDataSource.Clear"/>).</summary>
    public void ClearRawPool() => _rawSource.Clear();
    public RawTrips RawTrips { get; }
    public RawAirports RawAirports { get; }
    public RawVouchers RawVouchers { get; }
    public EfTrips EfTrips { get; }
    public EfAirports EfAirports { get; }
    public EfVouchers EfVouchers { get; }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public async ValueTask DisposeAsync()
    {
        await _library.DisposeAsync();
        await _rawSource.DisposeAsync();
    }
}
