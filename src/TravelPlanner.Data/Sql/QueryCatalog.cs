using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace TravelPlanner.Data.Sql;

/// <summary>
/// The embedded query files by path-like name (<c>trips/list_user_trips</c>). Repositories take
/// their statements from here into <c>static readonly</c> fields, declaring each one's kind
/// (<see cref="Read"/> or <see cref="Write"/>); <see cref="EnsureAllQueriesResolve"/>
/// runs at start-up (service registration, migrator) so a missing file fails the host immediately,
/// not on the first call that needs it.
/// </summary>
internal static class QueryCatalog
{
    private static readonly FrozenDictionary<string, QueryFile> Files = EmbeddedSql.ReadAll(EmbeddedSql.QueriesPrefix)
        .Select(r => new QueryFile(r.Name[EmbeddedSql.QueriesPrefix.Length..^".sql".Length], r.Text))
        .ToFrozenDictionary(q => q.Name, StringComparer.Ordinal);

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

    private static string Text(string name) =>
        Files.TryGetValue(name, out var file)
            ? file.Text
            : throw new InvalidOperationException(
                $"SQL query 'sql/queries/{name}.sql' is not embedded in {typeof(QueryCatalog).Assembly.GetName().Name}. " +
                "Add the file under sql/queries (it is embedded by the project file) or fix the name.");

    /// <summary>
    /// Runs the static initialisers of every type that holds <see cref="SqlQuery"/> fields, so each
    /// <see cref="Read"/> or <see cref="Write"/> they make happens now. Returns the statements those types declared.
    /// </summary>
    /// <exception cref="InvalidOperationException">A type refers to a query file that is not embedded.</exception>
    public static IReadOnlyList<SqlQuery> EnsureAllQueriesResolve()
    {
        var used = new List<SqlQuery>();
        foreach (var type in typeof(QueryCatalog).Assembly.GetTypes())
        {
            var fields = type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => typeof(SqlQuery).IsAssignableFrom(f.FieldType) || f.FieldType == typeof(Repositories.TripItemQueries))
                .ToList();
            if (fields.Count == 0)
            {
                continue;
            }

            try
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }
            catch (TypeInitializationException e) when (e.InnerException is InvalidOperationException missing)
            {
                throw new InvalidOperationException($"{type.FullName}: {missing.Message}", missing);
            }

            foreach (var field in fields)
            {
                switch (field.GetValue(null))
                {
                    case SqlQuery query:
                        used.Add(query);
                        break;
                    case Repositories.TripItemQueries item:
                        used.AddRange(item.All);
                        break;
                }
            }
        }

        return used;
    }
}
