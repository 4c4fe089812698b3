namespace TravelPlanner.Data.Migrations;

/// <summary>Options of one <see cref="DatabaseMigrator.MigrateAsync(MigrateOptions, CancellationToken)"/> run.</summary>
public sealed record MigrateOptions
{
    /// <summary>Apply pending scripts that sort before the last applied one (refused by default).</summary>
    public bool AllowOutOfOrder { get; init; }

    /// <summary>How long to wait for another migrator holding the migration lock (default 60 s).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
