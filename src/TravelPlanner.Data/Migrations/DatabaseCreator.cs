using Npgsql;

namespace TravelPlanner.Data.Migrations;

/// <summary>Creates the target database when missing, connecting to the server's <c>postgres</c> database.</summary>
internal static class DatabaseCreator
{
    public static async Task<bool> EnsureExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database!;
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };

        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection);
            exists.Parameters.Add(new NpgsqlParameter { Value = database });
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }

            // CREATE DATABASE takes no parameters: the name goes in as a quoted identifier.
            using var create = new NpgsqlCommand($"create database {QuoteIdentifier(database)}", connection);
            try
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (PostgresException e) when (IsAlreadyCreated(e))
            {
                return false; // Another migrator created it first.
            }
        }
    }

    // Two CREATE DATABASE of one name at once: the loser waits for the winner's commit and then usually fails
    // on the catalog's unique index (23505 on pg_database_datname_index), not with 42P04 (issue 14, item 1).
    private static bool IsAlreadyCreated(PostgresException e) =>
        e.SqlState == PostgresErrorCodes.DuplicateDatabase
        || (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "pg_database_datname_index");

    /// <summary>Quotes a PostgreSQL identifier: wraps it in double quotes and doubles any inside.</summary>
    public static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
