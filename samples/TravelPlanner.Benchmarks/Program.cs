using System.CommandLine;
using TravelPlanner.Benchmarks;

var root = new RootCommand(
    "TravelPlanner.Data benchmarks (docs/benchmarks.md): 'bench' runs the BenchmarkDotNet suite (library vs raw Npgsql vs EF Core, " +
    "cache, trigram index, airport import), 'load' a concurrent mixed workload through the services, 'ceiling' the same statements " +
    "through pgbench -M prepared beside the library at 1 and 32 clients. Each starts (or uses) PostgreSQL and Redis and seeds a fresh database.");
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(LoadCommand.Create());
root.Subcommands.Add(CeilingCommand.Create());
root.Subcommands.Add(FaultsCommand.Create());
return await root.Parse(args).InvokeAsync();
