namespace TravelPlanner.Data;

/// <summary>
/// Settings of the library (configuration section <c>TravelPlanner</c>). Validated when the host starts
/// (or on first use without a host): a connection string is required, the work factor is 4-31, and
/// timeouts and delays are positive; the error names the offending key.
/// </summary>
public sealed class TravelPlannerDataOptions
{
    /// <summary>The configuration section <c>AddTravelPlannerData(IConfiguration)</c> binds.</summary>
    public const string SectionName = "TravelPlanner";

    /// <summary>PostgreSQL connection string (required; from configuration, <c>ConnectionStrings:TravelPlanner</c> when the section has none).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// Longest a single SQL statement may run before it is abandoned (default 30 s; positive, whole
    /// seconds, rounded up). A caller's cancellation token ends a statement sooner.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>BCrypt work factor for new password hashes (4-31, default 12). Raising it rehashes passwords at their next login.</summary>
    public int PasswordWorkFactor { get; set; } = Security.BCryptPasswordHasher.DefaultWorkFactor;

    /// <summary>Retries of transient PostgreSQL failures.</summary>
    public Resilience.RetryOptions Retry { get; set; } = new();

    /// <summary>Standbys that serve reads, with read-your-writes (default none: every statement goes to <see cref="ConnectionString"/>).</summary>
    public Replicas.ReplicaOptions Replicas { get; set; } = new();

    /// <summary>
    /// True when <see cref="ConnectionString"/> points at a pooler in transaction mode (PgBouncer <c>pool_mode =
    /// transaction</c> before 1.21, or without <c>max_prepared_statements</c>): statements are not auto-prepared, since
    /// the next transaction may run on another server connection. The library keeps no other session state. The
    /// migrator needs a direct connection and refuses a transaction-mode pooler. Default false.
    /// </summary>
    public bool TransactionPooling { get; set; }
}
