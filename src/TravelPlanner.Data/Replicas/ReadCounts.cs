using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Replicas;

/// <summary>Which server answered a read that could have gone to a standby.</summary>
internal enum ReadServer
{
    /// <summary>A standby (none of the user's writes was ahead of it).</summary>
    Standby,

    /// <summary>The primary, because the standby had not replayed the user's last write yet.</summary>
    PrimaryForFreshness,

    /// <summary>The primary, because no standby answered.</summary>
    PrimaryNoStandby,
}

/// <summary>Counts of <see cref="ReadServer"/> since start, mirrored to the <c>travelplanner.db.reads</c> counter.</summary>
internal sealed class ReadCounts
{
    private long _standby;
    private long _primaryForFreshness;
    private long _primaryNoStandby;

    public long Standby => Interlocked.Read(ref _standby);

    public long PrimaryForFreshness => Interlocked.Read(ref _primaryForFreshness);

    public long PrimaryNoStandby => Interlocked.Read(ref _primaryNoStandby);

    public void Served(ReadServer server)
    {
        switch (server)
        {
            case ReadServer.Standby:
                Interlocked.Increment(ref _standby);
                break;
            case ReadServer.PrimaryForFreshness:
                Interlocked.Increment(ref _primaryForFreshness);
                break;
            default:
                Interlocked.Increment(ref _primaryNoStandby);
                break;
        }

        TravelPlannerDiagnostics.DbReads.Add(1, new KeyValuePair<string, object?>("server", server switch
        {
            ReadServer.Standby => "standby",
            ReadServer.PrimaryForFreshness => "primary_for_freshness",
            _ => "primary_no_standby",
        }));
    }
}
