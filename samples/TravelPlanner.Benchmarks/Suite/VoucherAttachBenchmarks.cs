using BenchmarkDotNet.Attributes;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>
/// Voucher attach: 0.01 of a voucher to the owner's flight, in a transaction that locks the voucher. Each
/// contender has its own voucher (no lock waits between them); the balance outlasts any run.
/// </summary>
[BenchmarkCategory("voucher-attach")]
public class VoucherAttachBenchmarks : ContenderBenchmark
{
    private const decimal Amount = 0.01m;

    [Benchmark(Description = "library IVoucherService.AttachVoucherToFlightAsync")]
    public Task<VoucherAttachmentResult> Library() =>
        Run.Vouchers.AttachVoucherToFlightAsync(BenchmarkIds.Voucher(1), BenchmarkIds.AttachFlight, "USER", BenchmarkIds.Owner, Amount, BenchmarkIds.Owner);

    [Benchmark(Baseline = true, Description = "raw Npgsql")]
    public Task<VoucherAttachmentResult> Raw() =>
        Run.RawVouchers.AttachAsync(BenchmarkIds.Voucher(2), BenchmarkIds.AttachFlight, BenchmarkIds.Owner, Amount, Contenders.Today);

    [Benchmark(Description = "EF Core")]
    public Task<VoucherAttachmentResult> EfCore() =>
        Run.EfVouchers.AttachAsync(BenchmarkIds.Voucher(3), BenchmarkIds.AttachFlight, BenchmarkIds.Owner, Amount, Contenders.Today);
}
