namespace TravelPlanner.Benchmarks.Ceiling;

/// <summary>A local PostgreSQL server's CPU clock ticks so far and its live child processes at one moment (<see cref="ServerCpu"/>).</summary>
internal readonly record struct ServerCpuSample(long Ticks, int Children);
