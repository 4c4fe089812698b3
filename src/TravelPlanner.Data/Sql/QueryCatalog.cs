using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace TravelPlanner.Data.Sql;

/// <summary>
/// The embedded query files by path-like name (<c>trips/list_user_trips</c>). Repositories take
/// their statements from here into <c>static readonly</c> fields; <see cref="EnsureAllQueriesResolve"/>
/// runs at start-up (service registration, migrator) so a missing file fails the host immediately,
/// not on the first call that needs it.
/// </summary>
internal static class QueryCatalog
{
    private static readonly FrozenDictionary<string, SqlQuery> Queries = EmbeddedSql.ReadAll(EmbeddedSql.QueriesPrefix)
        .Select(r =>
        {
            var name = r.Name[EmbeddedSql.QueriesPrefix.Length..^".sql".Length];
            return new SqlQuery(name, r.Text);
        })
        .ToFrozenDictionary(q => q.Name, StringComparer.Ordinal);

    /// <summary>Every query file that is embedded.</summary>
    public static IReadOnlyCollection<SqlQuery> All => Queries.Values;

    /// <summary>The query named <paramref name="name"/>; throws when no such file is embedded.</summary>
    /// <exception cref="InvalidOperationException">No file <c>sql/queries/{name}.sql</c> was embedded.</exception>
    public static SqlQuery Get(string name) =>
        Queries.TryGetValue(name, out var query)
            ? query
            : throw new InvalidOperationException(
                $"SQL query 'sql/queries/{name}.sql' is not embedded in {typeof(QueryCatalog).Assembly.GetName().Name}. " +
                "Add the file under sql/queries (it is embedded by the project file) or fix the name.");

    /// <summary>
    /// Runs the static initialisers of every type that holds <see cref="SqlQuery"/> fields, so each
    /// <see cref="Get"/> they make happens now. Returns the names those types asked for.
    /// </summary>
    /// <exception cref="InvalidOperationException">A type refers to a query file that is not embedded.</exception>
    public static IReadOnlySet<string> EnsureAllQueriesResolve()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(QueryCatalog).Assembly.GetTypes())
        {
            var fields = type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.FieldType == typeof(SqlQuery))
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
                if (field.GetValue(null) is SqlQuery query)
                {
                    used.Add(query.Name);
                }
            }
        }

        return used;
    }
}
