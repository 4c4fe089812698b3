namespace TravelPlanner.Benchmarks.Load;

/// <summary>One kind of call in the workload: its name, its share of the mix, and the call for worker <c>client</c>.</summary>
internal sealed record LoadOperation(string Name, int Weight, Func<LoadContext, Task> Call);
