using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Microsoft.Extensions.DependencyInjection;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Migrator;

/// <summary><c>cleanup [--dry-run]</c>, <c>index-usage</c> and <c>analyze</c>, through the library's <see cref="IMaintenanceService"/>.</summary>
internal static class MaintenanceCommands
{
    public static Command Cleanup(DatabaseOptions database)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would go, change nothing." };
        var format = Output.Option();
        var command = new Command(
            "cleanup",
            "Mark past-expiry vouchers EXPIRED, delete EXPIRED vouchers that expired over 2 years ago (except those attached to flights) " +
            "and accepted/declined invitations unchanged for 90 days.")
        {
            dryRun, format,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, format, async (maintenance, ct) =>
        {
            var report = await maintenance.CleanupAsync(result.GetValue(dryRun), ct);
            await (result.GetValue(format) == OutputFormat.Json ? Output.WriteJsonAsync(report) : PrintCleanupAsync(report));
        }, cancellationToken));
        return command;
    }

    public static Command IndexUsage(DatabaseOptions database)
    {
        var format = Output.Option();
        var command = new Command("index-usage", "List every index of the user tables with its scan count, least used first.") { format };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, format, async (maintenance, ct) =>
        {
            var report = await maintenance.GetIndexUsageAsync(ct);
            if (result.GetValue(format) == OutputFormat.Json)
            {
                await Output.WriteJsonAsync(report);
                return;
            }

            var table = Tables.Create("table", "index", ">scans");
            foreach (var row in report)
            {
                table.Row($"{row.SchemaName}.{row.Table}", row.Index, row.Scans.ToString("N0", CultureInfo.InvariantCulture));
            }

            var console = Tables.Console();
            console.Write(table);
            console.WriteLine($"{report.Count} index(es).");
        }, cancellationToken));
        return command;
    }

    public static Command Analyze(DatabaseOptions database)
    {
        var command = new Command("analyze", "Run ANALYZE on the database so the planner's statistics are current.");
        command.SetAction((result, cancellationToken) => RunAsync(result, database, format: null, async (maintenance, ct) =>
        {
            await maintenance.AnalyzeAsync(ct);
            await Console.Out.WriteLineAsync("ANALYZE done.");
        }, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(
        ParseResult result,
        DatabaseOptions database,
        Option<OutputFormat>? format,
        Func<IMaintenanceService, CancellationToken, Task> work,
        CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(
            result,
            database,
            async (target, _) =>
            {
                var services = new ServiceCollection();
                services.AddTravelPlannerData(options => options.ConnectionString = target.ConnectionString);
                await using var provider = services.BuildServiceProvider();
                await work(provider.GetRequiredService<IMaintenanceService>(), cancellationToken);
                return ExitCodes.Success;
            },
            cancellationToken,
            migrateThrowaway: true,
            format: format is null ? OutputFormat.Text : result.GetValue(format));

    private static Task PrintCleanupAsync(CleanupReport report)
    {
        var verb = report.DryRun ? "would be " : string.Empty;
        var table = Tables.Create(">count", "what");
        table.Row(report.VouchersExpired, $"voucher(s) past their expiration date {verb}marked EXPIRED");
        table.Row(report.VouchersDeleted, $"EXPIRED voucher(s) that expired before {report.VoucherCutoff:yyyy-MM-dd} {verb}deleted");
        table.Row(report.VouchersKept, "such voucher(s) kept: attached to flights (spent money stays on record)");
        table.Row(report.InvitationsDeleted, $"accepted/declined invitation(s) unchanged since before {report.InvitationCutoff:yyyy-MM-dd HH:mm}Z {verb}deleted");
        var console = Tables.Console();
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{(report.DryRun ? "Dry run, nothing changed. Cleanup would do this" : "Cleanup done")}, as of {report.Today:yyyy-MM-dd} (UTC):"));
        console.Write(table);
        return Task.CompletedTask;
    }
}
