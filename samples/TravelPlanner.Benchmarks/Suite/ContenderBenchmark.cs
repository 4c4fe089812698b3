using BenchmarkDotNet.Attributes;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>Base of the library-vs-raw-vs-EF classes: the contenders on the run's seeded database, uncached.</summary>
public abstract class ContenderBenchmark
{
    internal Contenders Run { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        Run = new Contenders(BenchEnvironment.PublishedPostgres());
        AfterSetup();
    }

    [GlobalCleanup]
    public void Cleanup() => Run.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Warms what a class needs beyond the contenders (nothing by default).</summary>
    protected virtual void AfterSetup()
    {
    }
}
