using Npgsql;

namespace TravelPlanner.Data.Tests.Migrations;

/// <summary>Catalog queries for migration tests. DumpAsync: a text dump of a database's schema from the catalog (tables, columns, indexes, constraints, functions, triggers, extensions), journal excluded.</summary>
internal static class SchemaCatalog
{
    public static async Task<string> DumpAsync(string connectionString)
    {
        const string sql = """
            select 'column ' || table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':' || coalesce(column_default, '')
            from information_schema.columns where table_schema = 'public' and table_name <> 'schemaversions'
            union all
            select 'index ' || indexdef from pg_indexes where schemaname = 'public' and tablename <> 'schemaversions'
            union all
            select 'constraint ' || conrelid::regclass || ' ' || conname || ':' || pg_get_constraintdef(oid)
            from pg_constraint where connamespace = 'public'::regnamespace and conrelid <> coalesce(to_regclass('public.schemaversions'), 0)
              -- Not a Citus coordinator's local shard of a reference table (airports_102008): its id changes on every distribution.
              and conrelid::regclass::text !~ '_[0-9]+$'
            union all
            select 'function ' || p.oid::regprocedure from pg_proc p where p.pronamespace = 'public'::regnamespace
            union all
            select 'trigger ' || tgrelid::regclass || ' ' || tgname from pg_trigger where not tgisinternal
            union all
            select 'extension ' || extname from pg_extension
            order by 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    /// <summary>A count query's result (<c>select count(*) from pg_tables where ...</c>).</summary>
    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
