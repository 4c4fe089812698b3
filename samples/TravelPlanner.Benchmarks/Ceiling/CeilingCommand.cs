using System.CommandLine;

namespace TravelPlanner.Benchmarks;

internal static class CeilingCommand
{
    public static Command Create() => new("ceiling", "todo");
}
