namespace TravelPlanner.Data.Tests.Console;

/// <summary>A temporary folder of migration scripts for the console's <c>--scripts</c> option; deleted on dispose.</summary>
internal sealed class ScriptFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tp-scripts-").FullName;

    public ScriptFolder With(string name, string contents)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name), contents);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
