namespace TravelPlanner.Data.Migrations;

/// <summary>One row of the migration journal (<c>public.schemaversions</c>).</summary>
/// <param name="ScriptName">The script's file name.</param>
/// <param name="Checksum">SHA-256 of the script as applied (line endings normalised); null for rows written by plain DbUp before this journal.</param>
/// <param name="AppliedAtUtc">When it was applied.</param>
/// <param name="AppliedBy">Who applied it (<c>os-user@machine</c>); null for plain DbUp rows.</param>
/// <param name="DurationMs">How long the script ran; null for plain DbUp rows.</param>
public sealed record JournalEntry(string ScriptName, string? Checksum, DateTime AppliedAtUtc, string? AppliedBy, int? DurationMs);
