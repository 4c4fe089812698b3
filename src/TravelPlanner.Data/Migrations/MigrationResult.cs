namespace TravelPlanner.Data.Migrations;

/// <summary>What a <see cref="DatabaseMigrator.MigrateAsync(MigrateOptions, CancellationToken)"/> run did.</summary>
/// <param name="DatabaseCreated">True when the database did not exist and was created first.</param>
/// <param name="AppliedScripts">Scripts applied by this run, in order; empty when the database was already up to date.</param>
public sealed record MigrationResult(bool DatabaseCreated, IReadOnlyList<string> AppliedScripts);
