namespace TravelPlanner.Data.Migrations;

/// <summary>Options of one <see cref="DatabaseMigrator.MigrateAsync(MigrateOptions, CancellationToken)"/> run.</summary>
public sealed record MigrateOptions
{
    /// <summary>Stop after this script (file name, e.g. <c>0003_create_airports.sql</c>); null applies everything pending.</summary>
    public string? Target { get; init; }

    /// <summary>Apply pending scripts that sort before the last applied one (refused by default).</summary>
    public bool AllowOutOfOrder { get; init; }

    /// <summary>How long to wait for another migrator holding the migration lock (default 60 s).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// DbUp variables substituted into scripts (<c>$name$</c>). Empty by default, and then substitution is off,
    /// so PostgreSQL's <c>$$</c> and <c>$tag$</c> quoting pass through untouched.
    /// </summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
}
