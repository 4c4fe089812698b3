using System.Collections.Frozen;
using TravelPlanner.Data.Changes;

namespace TravelPlanner.Data.Sql;

/// <summary>
/// The embedded query files by path-like name (<c>trips/list_user_trips</c>). Repositories take
/// their statements from here into <c>static readonly</c> fields, declaring each one's kind
/// (<see cref="Read"/> or <see cref="Write"/>). That every declared name has its file (and every file is
/// used) is checked at build time by the test suite (<c>QueryCatalogTests</c>), not by reflection at start-up,
/// so a trimmed host pays nothing for it.
/// </summary>
internal static class QueryCatalog
{
    private static readonly FrozenDictionary<string, QueryFile> Files = EmbeddedSql.ReadAll(EmbeddedSql.QueriesPrefix)
        .Select(r => new QueryFile(r.Name[EmbeddedSql.QueriesPrefix.Length..^".sql".Length], r.Text))
        .ToFrozenDictionary(q => q.Name, StringComparer.Ordinal);

    /// <summary>The owner's sharing lock and audience, sent in front of every <see cref="OwnerTripsWrite"/> that is announced.</summary>
    public static readonly WriteQuery ReadAudienceBeforeWrite = Write("trips/read_audience_before_write");

    /// <summary>Every query file that is embedded.</summary>
    public static IReadOnlyCollection<QueryFile> All => Files.Values;

    /// <summary>The statement named <paramref name="name"/>, declared as one that only reads.</summary>
    /// <exception cref="InvalidOperationException">No file <c>sql/queries/{name}.sql</c> was embedded.</exception>
    public static ReadQuery Read(string name) => new(name, Text(name));

    /// <summary>
    /// The statement named <paramref name="name"/>, declared as one that only reads and is always sent to the primary,
    /// even when standbys are configured (docs/scaling.md).
    /// </summary>
    /// <exception cref="InvalidOperationException">No file <c>sql/queries/{name}.sql</c> was embedded.</exception>
    public static ReadQuery ReadOnPrimary(string name) => new(name, Text(name), OnPrimary: true);

    /// <summary>The statement named <paramref name="name"/>, declared as one that writes or locks rows.</summary>
    /// <exception cref="InvalidOperationException">No file <c>sql/queries/{name}.sql</c> was embedded.</exception>
    public static WriteQuery Write(string name) => new(name, Text(name));

    /// <summary>
    /// The write to an owner's trips named <paramref name="name"/>, alone and behind the audience read
    /// (<see cref="OwnerTripsWrite"/>); both are built once, here. <paramref name="changes"/> and
    /// <paramref name="ownerAlso"/> say what it changes (<see cref="OwnerTripsWrite"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">No file <c>sql/queries/{name}.sql</c> was embedded.</exception>
    public static OwnerTripsWrite WriteOwnerTrips(string name, ChangeKind changes = ChangeKind.Trips, ChangeKind ownerAlso = ChangeKind.None)
    {
        var alone = Write(name);
        return new OwnerTripsWrite(alone, new WriteQuery(name, ReadAudienceBeforeWrite.Text + "\n" + alone.Text), changes, ownerAlso);
    }

    private static string Text(string name) =>
        Files.TryGetValue(name, out var file)
            ? file.Statement
            : throw new InvalidOperationException(
                $"SQL query 'sql/queries/{name}.sql' is not embedded in {typeof(QueryCatalog).Assembly.GetName().Name}. " +
                "Add the file under sql/queries (it is embedded by the project file) or fix the name.");
}
