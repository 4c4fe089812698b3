namespace TravelPlanner.Data.Migrations;

/// <summary>Every known script (embedded or journaled) with its <see cref="ScriptState"/>.</summary>
/// <param name="Scripts">The scripts and their states, in name order.</param>
/// <param name="Applied">Names of the scripts the journal records (Applied, Changed or Missing), in the order they were applied.</param>
public sealed record MigrationStatus(IReadOnlyList<ScriptStatus> Scripts, IReadOnlyList<string> Applied)
{
    /// <summary>Names of the scripts still to run (Pending and OutOfOrder), in the order they would run.</summary>
    public IReadOnlyList<string> Pending => NamesIn(ScriptState.Pending, ScriptState.OutOfOrder);

    /// <summary>Applied scripts whose files changed since (drift).</summary>
    public IReadOnlyList<string> Changed => NamesIn(ScriptState.Changed);

    /// <summary>Journaled scripts whose files are gone.</summary>
    public IReadOnlyList<string> Missing => NamesIn(ScriptState.Missing);

    /// <summary>Pending scripts that sort before the last applied one.</summary>
    public IReadOnlyList<string> OutOfOrder => NamesIn(ScriptState.OutOfOrder);

    /// <summary>True when no script is pending.</summary>
    public bool IsUpToDate => Pending.Count == 0;

    private List<string> NamesIn(params ScriptState[] states) =>
        Scripts.Where(s => states.Contains(s.State)).Select(s => s.Name).ToList();
}
