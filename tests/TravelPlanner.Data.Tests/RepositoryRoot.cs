namespace TravelPlanner.Data.Tests;

/// <summary>Finds the repository's top-level folder (the one holding TravelPlanner.Data.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "TravelPlanner.Data.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"TravelPlanner.Data.sln not found above {AppContext.BaseDirectory}.");
    }
}
