using System.Reflection;
using System.Runtime.CompilerServices;
using TravelPlanner.Data.Repositories;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Tests.Sql;

/// <summary>
/// Every statement the library declares: the <see cref="SqlQuery"/> (and <see cref="TripItemQueries"/>, <see cref="OwnerTripsWrite"/>) static fields of
/// its types, their initialisers run. The build-time replacement for a start-up check: a declaration whose file is
/// missing fails here, in the test run, instead of in a host (and no host reflects over the assembly).
/// </summary>
internal static class DeclaredQueries
{
    private static readonly Lazy<IReadOnlyList<SqlQuery>> Declared = new(Collect);

    public static IReadOnlyList<SqlQuery> All => Declared.Value;

    private static List<SqlQuery> Collect()
    {
        var used = new List<SqlQuery>();
        foreach (var type in typeof(QueryCatalog).Assembly.GetTypes())
        {
            var fields = type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => typeof(SqlQuery).IsAssignableFrom(f.FieldType) || f.FieldType == typeof(TripItemQueries) || f.FieldType == typeof(OwnerTripsWrite))
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
                    case TripItemQueries item:
                        used.AddRange(item.All);
                        break;
                    case OwnerTripsWrite write:
                        used.Add(write.Alone);
                        break;
                }
            }
        }

        return used;
    }
}
