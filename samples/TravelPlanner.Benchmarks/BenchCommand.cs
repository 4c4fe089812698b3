using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Benchmarks.Suite;

namespace TravelPlanner.Benchmarks;

/// <summary><c>bench [--short] [--filter glob]</c>: seed once, verify results and round trips, then BenchmarkDotNet.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var quick = new Option<bool>("--short") { Description = "ShortRun job (3 warm-ups, 3 iterations): minutes, not tens of minutes." };
        var filter = new Option<string[]>("--filter") { Description = "BenchmarkDotNet filters (globs on Namespace.Type.Method), e.g. *Cache*. Default: all.", AllowMultipleArgumentsPerToken = true };
        var artifacts = new Option<string>("--artifacts") { Description = "Where BenchmarkDotNet writes its reports.", DefaultValueFactory = _ => Path.Combine("artifacts", "benchmarks") };
        var seed = new SeedOptions();
        var command = new Command("bench", "Run the BenchmarkDotNet suite against a freshly seeded database (and Redis).") { quick, filter, artifacts };
        seed.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var environment = await BenchEnvironment.StartAsync(seed.Read(result), withRedis: true, Console.Out, cancellationToken);
            var verify = await Verification.RunAsync(environment.ConnectionString) + Environment.NewLine + await ImportProbe.RunAsync(environment.ConnectionString);
            Console.WriteLine(verify);
            var folder = Path.GetFullPath(result.GetValue(artifacts)!);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "verify.md"), verify, cancellationToken);

            var job = (result.GetValue(quick) ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
            var config = DefaultConfig.Instance
                .AddJob(job)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .WithArtifactsPath(folder);
            var filters = result.GetValue(filter) is { Length: > 0 } given ? given : ["*"];
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchCommand).Assembly)
                .Run(["--filter", .. filters], config);
            Console.WriteLine($"Cache rows served from Redis: {(CacheBenchmarks.DecoratorsPresent is { } present ? present ? "yes" : "no (no cache decorators registered: re-measure after they land)" : "not run")}");
            return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
        });
        return command;
    }
}
