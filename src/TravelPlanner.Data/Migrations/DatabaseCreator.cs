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
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                return false; // Another migrator created it first.
            }
        }
    }

    /// <summary>Quotes a PostgreSQL identifier: wraps it in double quotes and doubles any inside.</summary>
    public static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
