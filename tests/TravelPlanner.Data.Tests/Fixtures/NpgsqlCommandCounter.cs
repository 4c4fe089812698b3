using System.Collections.Concurrent;
using System.Diagnostics;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// Counts the commands (database round trips) Npgsql runs against one database, through its
/// <c>Npgsql</c> ActivitySource: one activity per command, however many statements it batches.
/// Physical connection opens (<c>CONNECT ...</c> activities) are not commands and are left out;
/// other databases (other test classes running in parallel) are filtered by name.
/// </summary>
public sealed class NpgsqlCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _commands = new();

    public NpgsqlCommandCounter(string databaseName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var onThisDatabase = activity.TagObjects.Any(t => Equals(t.Value, databaseName));
                var isCommand = !activity.DisplayName.StartsWith("CONNECT", StringComparison.Ordinal);
                if (onThisDatabase && isCommand)
                {
                    _commands.Enqueue(activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Commands seen since this counter started.</summary>
    public int Count => _commands.Count;

    public void Dispose() => _listener.Dispose();
}
