namespace TravelPlanner.Data.Replicas;

/// <summary>
/// Streaming-replication standbys that serve reads (section <c>TravelPlanner:Replicas</c>). Empty by default: every
/// statement goes to <see cref="TravelPlannerDataOptions.ConnectionString"/>, exactly as with one server. With standbys
/// the library builds one Npgsql multi-host data source: writes, transactions and locking reads on the primary
/// (<c>Target Session Attributes=primary</c>), plain reads on a standby (<c>prefer-standby</c>, the primary when none
/// answers), and a user's reads on a server that has replayed that user's last write (docs/scaling.md).
/// </summary>
public sealed class ReplicaOptions
{
    /// <summary>
    /// Connection strings of the standbys; only their <c>Host</c> and <c>Port</c> are used (Npgsql's multi-host data
    /// source shares one set of credentials, database and pool settings, taken from the primary's connection string).
    /// A primary connection string that lists several hosts itself (<c>Host=db1,db2,db3</c>) needs none of these.
    /// </summary>
    public IList<string> StandbyConnectionStrings { get; set; } = [];
}
