using System.Diagnostics;

namespace TravelPlanner.Data.Testing;

/// <summary>Runs a program to completion and captures its output.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    /// <summary>Runs the program and throws with its output when it exits non-zero.</summary>
    public static async Task RunCheckedAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var args = arguments.ToList();
        var (exitCode, output) = await RunAsync(fileName, args, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', args)}' exited with {exitCode}: {output.Trim()}");
        }
    }

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
