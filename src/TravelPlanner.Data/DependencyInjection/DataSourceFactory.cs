using System.Data.Common;
using Npgsql;

namespace TravelPlanner.Data.DependencyInjection;

/// <summary>Builds the library's one <see cref="NpgsqlDataSource"/> from the configured connection string.</summary>
internal static class DataSourceFactory
{
    /// <summary>Statements kept prepared per physical connection when the connection string does not set <c>Max Auto Prepare</c>.</summary>
    public const int DefaultMaxAutoPrepare = 128;

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Every statement is a fixed embedded file, the ideal case for prepared statements: without them each
        // call is parsed and planned again (the eight-statement details batch most of all; docs/benchmarks.md).
        // A connection string that names the setting (Max Auto Prepare=0 behind an old PgBouncer) wins.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!Names(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        // The library opens a pooled connection per call and keeps no session state on it (no SET, temporary
        // tables or advisory locks: the migrator uses connections of its own), so the reset Npgsql would send
        // with the next command on every reuse is pure cost: about half the time of a one-row read
        // (docs/benchmarks.md). An open transaction is still rolled back on close. A connection string that
        // names the setting wins.
        if (!Names(given, "No Reset On Close", "NoResetOnClose"))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        return builder.Build();
    }

    private static bool Names(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
