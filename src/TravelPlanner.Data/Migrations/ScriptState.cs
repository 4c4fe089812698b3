namespace TravelPlanner.Data.Migrations;

/// <summary>Where a migration script stands against a database's journal.</summary>
public enum ScriptState
{
    /// <summary>Journaled, and the file is unchanged since (or the row predates checksums).</summary>
    Applied,

    /// <summary>Not journaled; sorts after the last applied script, so the next migrate runs it.</summary>
    Pending,

    /// <summary>Journaled, but the file was edited since it was applied (drift).</summary>
    Changed,

    /// <summary>Journaled, but no such file exists any more.</summary>
    Missing,

    /// <summary>Not journaled, yet sorts before the last applied script (e.g. merged from a branch late).</summary>
    OutOfOrder,
}
