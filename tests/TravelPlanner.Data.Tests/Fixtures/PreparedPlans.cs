using Npgsql;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// Whether a library statement settles on a generic plan in PostgreSQL's plan cache (issue 16). It is prepared on a
/// connection of its own and run a few times past the five custom plans PostgreSQL always makes first; then each of
/// its statements should have used a generic plan. A statement whose custom plans always look cheaper (a parameter the
/// planner folds into a constant, dropping a probe the generic plan keeps) is planned again on every call, and on these
/// short statements planning costs more than executing. PostgreSQL's own plan cache: tests using this are left out of
/// the Citus run.
/// </summary>
internal static class PreparedPlans
{
    private const int Executions = 8;

    /// <summary>
    /// Each statement of <paramref name="sql"/> (one, or a batch) after <see cref="Executions"/> runs: how often it was
    /// planned which way. Of <paramref name="values"/>, those <paramref name="sql"/> names (<c>@Name</c>) are bound.
    /// </summary>
    public static async Task<List<StatementPlans>> RunAsync(string connectionString, string sql, IReadOnlyDictionary<string, object> values)
    {
        // Unpooled: every prepared statement on this connection is one of sql's.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in values.Where(v => sql.Contains("@" + v.Key, StringComparison.Ordinal)))
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.PrepareAsync();
        for (var i = 0; i < Executions; i++)
        {
            await using var reader = await command.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync())
                {
                }
            }
            while (await reader.NextResultAsync());
        }

        await using var plans = new NpgsqlCommand("select generic_plans, custom_plans, statement from pg_prepared_statements where not from_sql", connection);
        var statements = new List<StatementPlans>();
        await using (var reader = await plans.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                statements.Add(new StatementPlans(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        return statements;
    }
}

/// <summary>One prepared statement's plan counts (<c>pg_prepared_statements</c>).</summary>
internal sealed record StatementPlans(long Generic, long Custom, string Statement)
{
    public override string ToString() => $"{Custom} custom plans, {Generic} generic: {Statement}";
}
