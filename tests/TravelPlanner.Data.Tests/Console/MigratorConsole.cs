using System.Diagnostics;

namespace TravelPlanner.Data.Tests.Console;

/// <summary>Runs the built samples/TravelPlanner.Migrator as a process, as an operator would.</summary>
internal static class MigratorConsole
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        // Same configuration as the tests: bin/<Configuration>/net10.0.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Path, "samples", "TravelPlanner.Migrator", "bin", configuration, framework.Name, "TravelPlanner.Migrator.dll");
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
}
