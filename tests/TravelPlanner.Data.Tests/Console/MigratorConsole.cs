using System.Diagnostics;
using System.Text.Json;

namespace TravelPlanner.Data.Tests.Console;

/// <summary>Runs the built samples/TravelPlanner.Migrator as a process, as an operator would.</summary>
internal static class MigratorConsole
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        // Same configuration as the tests: bin/<Configuration>/net10.0.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Path, "samples", "TravelPlanner.Migrator", "bin", configuration, framework.Name, "travelplanner-db.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The migrator console is not built at {dll}.");
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Never fall back to a throwaway server or an operator's database by accident.
        info.Environment.Remove("ConnectionStrings__TravelPlanner");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Each script's state from <c>status --output json</c>'s document.</summary>
    public static IReadOnlyDictionary<string, string> States(string statusJson)
    {
        using var document = JsonDocument.Parse(statusJson);
        return document.RootElement.GetProperty("scripts").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("state").GetString()!, StringComparer.Ordinal);
    }
}
