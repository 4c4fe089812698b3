using System.Collections.Concurrent;
using System.Data;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// A statement's parameters object (an anonymous type or a parameters record) bound to its <see cref="PositionalSql"/>
/// form: Dapper creates and runs the command as for any other call and asks this object for its parameters (Dapper's
/// <see cref="SqlMapper.IDynamicParameters"/>), which are one unnamed <see cref="NpgsqlParameter{T}"/> per <c>$n</c>,
/// in order. Unnamed, so Npgsql sends the text as it is instead of parsing and rewriting it per call; typed, so no value
/// is boxed (Dapper's own binder sets <see cref="NpgsqlParameter.Value"/>, an object).
/// <para>
/// The types Npgsql infers from <c>T</c> are those Dapper's <c>DbType</c>s gave: <c>uuid</c>, <c>text</c>, <c>date</c>,
/// <c>integer</c>, <c>bigint</c>, <c>numeric</c>, <c>boolean</c>, arrays, a typed null for a null value. A
/// <see cref="DateTime"/> is sent as <c>timestamptz</c> explicitly, as Dapper's <c>DbType.DateTime</c> is, so a value
/// that is not UTC is refused by Npgsql rather than sent as a <c>timestamp</c>. Enums are not bound (Dapper sent their
/// number): the library binds an enum's database code (<c>DbCodes</c>).
/// </para>
/// </summary>
internal sealed class PositionalParameters(PositionalSql sql, object values) : SqlMapper.IDynamicParameters
{
    // One binder per statement and parameters type: a getter delegate and a parameter constructor per $n.
    private static readonly ConcurrentDictionary<(PositionalSql Sql, Type Type), Func<object, NpgsqlParameter>[]> Binders = new();

    private static readonly MethodInfo BindMethod = typeof(PositionalParameters).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>What Dapper passes as the command's parameters for <paramref name="sql"/>: null when it binds none.</summary>
    /// <exception cref="InvalidOperationException">The statement binds names and <paramref name="values"/> is null.</exception>
    public static object? For(PositionalSql sql, object? values) =>
        sql.Names.Count == 0
            ? null
            : new PositionalParameters(sql, values ?? throw NoValues(sql));

    private static InvalidOperationException NoValues(PositionalSql sql) => new($"The statement binds @{sql.Names[0]} and was given no parameters.");

    public void AddParameters(IDbCommand command, SqlMapper.Identity identity) => AddTo(((NpgsqlCommand)command).Parameters, sql, values);

    /// <summary>Adds <paramref name="sql"/>'s parameters, in <c>$n</c> order, from <paramref name="values"/> (a statement of a batch).</summary>
    /// <exception cref="InvalidOperationException">The statement binds a name <paramref name="values"/> does not carry, or is given none.</exception>
    public static void AddTo(NpgsqlParameterCollection parameters, PositionalSql sql, object? values)
    {
        if (sql.Names.Count == 0)
        {
            return;
        }

        if (values is null)
        {
            throw NoValues(sql);
        }

        foreach (var bind in Binders.GetOrAdd((sql, values.GetType()), static key => Build(key.Sql, key.Type)))
        {
            parameters.Add(bind(values));
        }
    }

    // Reflection over the parameters object's properties, once per statement and type, as Dapper's binder does: the
    // parameters objects are this assembly's own types, which ILLink.Descriptors.xml keeps whole in a trimmed app.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Parameters objects are this assembly's types, kept whole by ILLink.Descriptors.xml.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Bind<TOwner, TValue> has no trimming requirements of its own.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The library runs on the JIT (Dapper emits IL at run time; see the project file).")]
    private static Func<object, NpgsqlParameter>[] Build(PositionalSql sql, Type type)
    {
        var binders = new Func<object, NpgsqlParameter>[sql.Names.Count];
        for (var n = 0; n < binders.Length; n++)
        {
            var property = type.GetProperty(sql.Names[n], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new InvalidOperationException($"The statement binds @{sql.Names[n]}, which {type.Name} does not carry.");
            if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum)
            {
                throw new NotSupportedException($"@{property.Name} is an enum ({property.PropertyType.Name}): bind its database code.");
            }

            binders[n] = (Func<object, NpgsqlParameter>)BindMethod.MakeGenericMethod(type, property.PropertyType).Invoke(null, [property])!;
        }

        return binders;
    }

    private static Func<object, NpgsqlParameter> Bind<TOwner, TValue>(PropertyInfo property)
    {
        var get = property.GetMethod!.CreateDelegate<Func<TOwner, TValue>>();
        return typeof(TValue) == typeof(DateTime) || typeof(TValue) == typeof(DateTime?)
            ? owner => new NpgsqlParameter<TValue> { TypedValue = get((TOwner)owner), NpgsqlDbType = NpgsqlDbType.TimestampTz }
            : owner => new NpgsqlParameter<TValue> { TypedValue = get((TOwner)owner) };
    }
}
