using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Migrator;

/// <summary><c>cleanup [--dry-run]</c>, <c>index-usage</c> and <c>analyze</c>, through the library's <see cref="IMaintenanceService"/>.</summary>
internal static class MaintenanceCommands
{
    public static Command Cleanup(Option<string?> connection)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would go, change nothing." };
        var command = new Command(
            "cleanup",
            "Mark past-expiry vouchers EXPIRED, delete EXPIRED vouchers that expired over 2 years ago (except those attached to flights) " +
            "and accepted/declined invitations unchanged for 90 days.");
        command.Options.Add(dryRun);
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(connection),
            async (maintenance, output, ct) => await PrintCleanupAsync(await maintenance.CleanupAsync(result.GetValue(dryRun), ct), output),
            cancellationToken));
        return command;
    }

    public static Command IndexUsage(Option<string?> connection)
    {
        var command = new Command("index-usage", "List every index of the user tables with its scan count, least used first.");
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(connection),
            async (maintenance, output, ct) => await PrintIndexUsageAsync(await maintenance.GetIndexUsageAsync(ct), output),
            cancellationToken));
        return command;
    }

    public static Command Analyze(Option<string?> connection)
    {
        var command = new Command("analyze", "Run ANALYZE on the database so the planner's statistics are current.");
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(connection),
            async (maintenance, output, ct) =>
            {
                await maintenance.AnalyzeAsync(ct);
                await output.WriteLineAsync("ANALYZE done.");
            },
            cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(
        string? connection,
        Func<IMaintenanceService, TextWriter, CancellationToken, Task> work,
        CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(connection, migrateThrowaway: true, async (target, output) =>
        {
            var services = new ServiceCollection();
            services.AddTravelPlannerData(options => options.ConnectionString = target.ConnectionString);
            await using var provider = services.BuildServiceProvider();
            await work(provider.GetRequiredService<IMaintenanceService>(), output, cancellationToken);
            return ExitCodes.Success;
        }, cancellationToken);

    private static async Task PrintCleanupAsync(CleanupReport report, TextWriter output)
    {
        var verb = report.DryRun ? "would be " : string.Empty;
        var heading = report.DryRun ? "Dry run, nothing changed. Cleanup would do this" : "Cleanup done";
        await output.WriteLineAsync($"{heading}, as of {report.Today:yyyy-MM-dd} (UTC):");
        await output.WriteLineAsync($"  {report.VouchersExpired,6} voucher(s) past their expiration date {verb}marked EXPIRED");
        await output.WriteLineAsync($"  {report.VouchersDeleted,6} EXPIRED voucher(s) that expired before {report.VoucherCutoff:yyyy-MM-dd} {verb}deleted");
        await output.WriteLineAsync($"  {report.VouchersKept,6} such voucher(s) kept: attached to flights (spent money stays on record)");
        await output.WriteLineAsync($"  {report.InvitationsDeleted,6} accepted/declined invitation(s) unchanged since before {report.InvitationCutoff:yyyy-MM-dd HH:mm}Z {verb}deleted");
    }

    private static async Task PrintIndexUsageAsync(IReadOnlyList<IndexUsage> report, TextWriter output)
    {
        var tableWidth = Math.Max("table".Length, report.Select(r => r.SchemaName.Length + 1 + r.Table.Length).DefaultIfEmpty(0).Max());
        var indexWidth = Math.Max("index".Length, report.Select(r => r.Index.Length).DefaultIfEmpty(0).Max());
        await output.WriteLineAsync($"{"table".PadRight(tableWidth)}  {"index".PadRight(indexWidth)}  {"scans",12}");
        foreach (var row in report)
        {
            await output.WriteLineAsync($"{(row.SchemaName + "." + row.Table).PadRight(tableWidth)}  {row.Index.PadRight(indexWidth)}  {row.Scans,12}");
        }

        await output.WriteLineAsync($"{report.Count} index(es).");
    }
}
