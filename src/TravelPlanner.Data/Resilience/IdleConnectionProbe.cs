using System.Collections.Concurrent;
using Npgsql;

namespace TravelPlanner.Data.Resilience;

/// <summary>
/// Before a write, finds out whether a pooled connection's backend died while the connection sat idle (terminated
/// by an administrator or an idle reaper, or the server restarted): its goodbye (57P01) is then already in the
/// socket. Reading it with nothing sent proves the write was not applied, so the write is retried on a fresh
/// connection (<see cref="ConnectionDeadBeforeSendException"/>) instead of failing with an unknown outcome.
/// The only probe Npgsql offers (<see cref="NpgsqlConnection.WaitAsync(TimeSpan, CancellationToken)"/>) waits at
/// least a millisecond, so only a connection idle for <see cref="RetryOptions.ProbeIdleConnectionAfter"/> is
/// probed: under load connections go back to work at once and nothing is probed; a quiet application pays the
/// millisecond on its first write after a pause.
/// </summary>
internal sealed class IdleConnectionProbe
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMilliseconds(1);

    // Backends come and go (pool pruning, restarts); past this many, forget them all rather than grow.
    private const int MaxTracked = 4096;

    private readonly ConcurrentDictionary<int, long> _lastUsed = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _idleBeforeProbe;

    public IdleConnectionProbe(TimeProvider time, TimeSpan idleBeforeProbe)
    {
        _time = time;
        _idleBeforeProbe = idleBeforeProbe;
    }

    /// <summary>Off: nothing is probed or tracked.</summary>
    public bool IsOff => _idleBeforeProbe == Timeout.InfiniteTimeSpan;

    /// <summary>Probes <paramref name="connection"/> if it sat idle long enough since its last statement.</summary>
    /// <exception cref="ConnectionDeadBeforeSendException">Its backend is gone; nothing was sent.</exception>
    public async ValueTask EnsureAliveAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (IsOff
            || !_lastUsed.TryGetValue(connection.ProcessID, out var lastUsed)
            || _time.GetElapsedTime(lastUsed) < _idleBeforeProbe)
        {
            return;
        }

        try
        {
            await connection.WaitAsync(ProbeTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new ConnectionDeadBeforeSendException(e);
        }
    }

    /// <summary>Notes that <paramref name="connection"/> finished a statement now.</summary>
    public void Touch(NpgsqlConnection connection)
    {
        if (IsOff || connection.FullState != System.Data.ConnectionState.Open)
        {
            return;
        }

        var backend = connection.ProcessID;
        var now = _time.GetTimestamp();
        // A known backend (the usual case) is updated without Count, which locks every bucket.
        if (!_lastUsed.ContainsKey(backend) && _lastUsed.Count >= MaxTracked)
        {
            _lastUsed.Clear();
        }

        _lastUsed[backend] = now;
    }
}
