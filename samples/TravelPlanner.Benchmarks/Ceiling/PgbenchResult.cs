namespace TravelPlanner.Benchmarks.Ceiling;

/// <summary>
/// One pgbench run: tps (without initial connection time), transactions processed and failed, pgbench's own CPU
/// (user + system, its whole life) and the local server's CPU over the run when it was measured.
/// </summary>
internal sealed record PgbenchResult(double Tps, long Transactions, long Failed, TimeSpan ClientCpu, TimeSpan? ServerCpu)
{
    public double ClientMicrosecondsPerTransaction => ClientCpu.TotalMicroseconds / Transactions;

    public double? ServerMicrosecondsPerTransaction => ServerCpu?.TotalMicroseconds / Transactions;
}
