namespace TravelPlanner.Data.Migrations;

/// <summary>Which migration scripts a database has applied and which are still to run.</summary>
/// <param name="Applied">Script names recorded in the journal, in the order they were applied.</param>
/// <param name="Pending">Embedded script names not yet applied, in the order they would run.</param>
public sealed record MigrationStatus(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending)
{
    /// <summary>True when no script is pending.</summary>
    public bool IsUpToDate => Pending.Count == 0;
}
