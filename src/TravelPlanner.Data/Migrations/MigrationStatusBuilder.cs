using DbUp.Engine;

namespace TravelPlanner.Data.Migrations;

/// <summary>Compares the embedded scripts with the journal and gives each script its <see cref="ScriptState"/>.</summary>
internal static class MigrationStatusBuilder
{
    public static MigrationStatus Build(IReadOnlyList<SqlScript> scripts, IReadOnlyList<JournalEntry> journal)
    {
        var files = scripts.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var journaled = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        var appliedInOrder = new List<string>();
        foreach (var entry in journal)
        {
            if (journaled.TryAdd(entry.ScriptName, entry))
            {
                appliedInOrder.Add(entry.ScriptName);
            }
        }

        var lastApplied = journaled.Keys.Where(files.ContainsKey).Order(StringComparer.Ordinal).LastOrDefault();
        var states = new List<ScriptStatus>();
        foreach (var name in files.Keys.Union(journaled.Keys).Order(StringComparer.Ordinal))
        {
            var inJournal = journaled.TryGetValue(name, out var entry);
            var state = (inJournal, files.TryGetValue(name, out var file)) switch
            {
                (true, false) => ScriptState.Missing,
                (true, true) when entry!.Checksum is not null && entry.Checksum != ScriptChecksum.Compute(file!.Contents) => ScriptState.Changed,
                (true, true) => ScriptState.Applied,
                _ when lastApplied is not null && string.CompareOrdinal(name, lastApplied) < 0 => ScriptState.OutOfOrder,
                _ => ScriptState.Pending,
            };
            states.Add(new ScriptStatus(name, state, entry));
        }

        return new MigrationStatus(states, appliedInOrder);
    }
}
