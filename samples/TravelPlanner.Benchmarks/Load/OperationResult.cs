namespace TravelPlanner.Benchmarks.Load;

/// <summary>One operation's figures over a load run.</summary>
internal sealed record OperationResult(string Name, long Count, long Errors, double PerSecond, double P50Ms, double P95Ms, double P99Ms, double MaxMs, string? FirstError);
