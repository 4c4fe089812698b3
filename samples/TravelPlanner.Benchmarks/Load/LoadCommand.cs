using System.CommandLine;

namespace TravelPlanner.Benchmarks;

internal static class LoadCommand
{
    public static Command Create() => new("load", "todo");
}
