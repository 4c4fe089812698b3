using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Benchmarks;

/// <summary>
/// <c>faults</c> (issue 14, items 4 and 8): on a PostgreSQL and a redis-server of its own, 32 callers read trip lists
/// while redis-server is killed, then while it is stopped with SIGSTOP (the window until the median call costs what an
/// uncached one costs, 1.5x); then 8 readers read users while PostgreSQL restarts with <c>pg_ctl restart -m fast</c>.
/// </summary>
internal static class FaultsCommand
{
    private const int Callers = 32;
    private static readonly TimeSpan Fault = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Run = TimeSpan.FromSeconds(10);

    public static Command Create()
    {
        var readBudget = new Option<double>("--read-budget") { Description = "Retry:ReadRetryBudget in seconds for the restart run.", DefaultValueFactory = _ => 5 };
        var command = new Command("faults", "Redis killed and SIGSTOPped under 32 callers, and a fast PostgreSQL restart under 8 readers: the windows and failures.") { readBudget };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var postgres = await LocalPostgresServer.StartAsync(cancellationToken);
            await using var redis = await LocalRedisServer.StartAsync(cancellationToken);
            var database = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = "travelplanner_faults" }.ConnectionString;
            await new DatabaseMigrator(database).MigrateAsync(cancellationToken);
            await using var plain = LoadCommand.Library(database, redisConnectionString: null);
            var users = new User[Callers];
            for (var i = 0; i < Callers; i++)
            {
                users[i] = await plain.GetRequiredService<IUserService>().RegisterAsync(new RegisterUser($"fault-{i}-{Guid.NewGuid():N}@example.com", "correct horse battery", "F", "T"), cancellationToken);
                var day = new DateOnly(2030, 1, 1).AddDays(i);
                await plain.GetRequiredService<ITripService>().CreateTripAsync(new CreateTrip("Trip", day, day.AddDays(3)), users[i].Id, cancellationToken);
            }

            await ConcurrentCalls.RunAsync(Callers, TimeSpan.FromSeconds(1), i => plain.GetRequiredService<ITripService>().GetUserTripsAsync(users[i].Id), cancellationToken: cancellationToken);
            var uncached = await ConcurrentCalls.RunAsync(Callers, TimeSpan.FromSeconds(3), i => plain.GetRequiredService<ITripService>().GetUserTripsAsync(users[i].Id), cancellationToken: cancellationToken);
            var baseline = uncached.Median(TimeSpan.Zero, TimeSpan.MaxValue)!.Value;
            Console.WriteLine($"No Redis: {uncached.Count} calls, median {Ms(baseline)}");

            foreach (var fault in new[] { "kill", "sigstop" })
            {
                await using var cached = LoadCommand.Library(database, redis.ConnectionString);
                var trips = cached.GetRequiredService<ITripService>();
                await ConcurrentCalls.RunAsync(Callers, TimeSpan.FromSeconds(1), i => trips.GetUserTripsAsync(users[i].Id), cancellationToken: cancellationToken);
                var samples = await ConcurrentCalls.RunAsync(Callers, Run, i => trips.GetUserTripsAsync(users[i].Id), async _ =>
                {
                    await Task.Delay(Fault, cancellationToken);
                    await (fault == "kill" ? redis.KillAsync() : redis.PauseAsync());
                }, cancellationToken);
                await (fault == "kill" ? redis.RestartAsync(cancellationToken) : redis.ResumeAsync());
                var settled = samples.SettledAfter(Fault, Run, baseline * 1.5);
                var slices = Enumerable.Range(-2, 2 * (int)(Run - Fault).TotalSeconds + 2)
                    .Select(half => Fault + TimeSpan.FromMilliseconds(500 * half))
                    .Select(at => $"{(at - Fault).TotalSeconds:+0.0;-0.0}s {Ms(samples.Median(at, at + TimeSpan.FromMilliseconds(500)))}");
                Console.WriteLine($"Redis {fault}: median per 500 ms from the fault: {string.Join(", ", slices)}");
                Console.WriteLine(
                    $"Redis {fault} at {Fault.TotalSeconds} s: median before {Ms(samples.Median(TimeSpan.FromSeconds(1), Fault))}, " +
                    $"first second after {Ms(samples.Median(Fault, Fault + TimeSpan.FromSeconds(1)))}, from 1 s after to the end {Ms(samples.Median(Fault + TimeSpan.FromSeconds(1), Run))}; " +
                    $"failed calls {samples.Count(s => s.Failed)}; median within 1.5x of no-Redis ({Ms(baseline * 1.5)}) from {Ms(settled)} after the fault");
            }

            var budget = TimeSpan.FromSeconds(result.GetValue(readBudget));
            var services = new ServiceCollection();
            services.AddTravelPlannerData(o =>
            {
                o.ConnectionString = database;
                o.Retry.ReadRetryBudget = budget;
            });
            await using var restarting = services.BuildServiceProvider();
            var readers = restarting.GetRequiredService<IUserService>();
            TimeSpan restart = default;
            var reads = await ConcurrentCalls.RunAsync(8, TimeSpan.FromSeconds(6), i => readers.GetByIdAsync(users[i].Id), async _ =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                var started = Stopwatch.GetTimestamp();
                await postgres.RestartFastAsync(cancellationToken);
                restart = Stopwatch.GetElapsedTime(started);
            }, cancellationToken);
            Console.WriteLine(
                $"pg_ctl restart -m fast took {Ms(restart)}; Retry:ReadRetryBudget {budget.TotalSeconds} s: {reads.Count} reads by 8 readers, " +
                $"{reads.Count(r => r.Failed)} failed, longest {Ms(reads.Max(r => r.Duration))}");
            return 0;
        });
        return command;
    }

    private static string Ms(TimeSpan? value) => value is { } v ? $"{v.TotalMilliseconds:F0} ms" : "never";
}
