namespace TravelPlanner.Data.Migrations;

/// <summary>One script's state.</summary>
/// <param name="Name">The script's file name.</param>
/// <param name="State">Its state.</param>
/// <param name="Journal">Its journal row, when it was applied.</param>
public sealed record ScriptStatus(string Name, ScriptState State, JournalEntry? Journal);
