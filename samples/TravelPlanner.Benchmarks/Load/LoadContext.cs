namespace TravelPlanner.Benchmarks.Load;

/// <summary>What one worker owns: its index (0-based, as pgbench's client_id) and its random source.</summary>
internal sealed class LoadContext(int client, int seed)
{
    public int Client { get; } = client;

    public Random Random { get; } = new(seed);
}
