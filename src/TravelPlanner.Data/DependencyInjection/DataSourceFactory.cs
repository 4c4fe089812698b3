using System.Data.Common;
using Npgsql;
using TravelPlanner.Data.Replicas;

namespace TravelPlanner.Data.DependencyInjection;

/// <summary>
/// Configures the library's one <see cref="NpgsqlDataSource"/> from the configured connection string: in DI through
/// Npgsql.DependencyInjection (<see cref="Configure(NpgsqlDataSourceBuilder, TravelPlannerDataOptions)"/>, keyed, with the host's logger factory), or directly (<see cref="Create(string, bool)"/>).
/// </summary>
internal static class DataSourceFactory
{
    /// <summary>Statements kept prepared per physical connection when the connection string does not set <c>Max Auto Prepare</c>.</summary>
    public const int DefaultMaxAutoPrepare = 128;

    /// <summary>
    /// The data source for <paramref name="options"/>: with standbys (<see cref="Replicas.ReplicaOptions"/>) or a
    /// connection string of several hosts, an <see cref="NpgsqlMultiHostDataSource"/> whose default is the primary;
    /// behind a transaction-mode pooler (<see cref="TravelPlannerDataOptions.TransactionPooling"/>) without auto-prepare.
    /// </summary>
    public static NpgsqlDataSource Create(TravelPlannerDataOptions options) =>
        Create(ReplicaHosts.Combine(options.ConnectionString, options.Replicas.StandbyConnectionStrings), options.TransactionPooling);

    public static NpgsqlDataSource Create(string connectionString, bool transactionPooling = false)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        return Configure(builder, connectionString, transactionPooling)
            ? builder.BuildMultiHost()
            : builder.Build();
    }

    /// <summary>
    /// Gives <paramref name="builder"/> the options' connection string (the primary's, with the standbys as further hosts)
    /// and the library's settings; the builder's <c>Build()</c> then makes a multi-host data source when there are several
    /// hosts. Returns true for several hosts.
    /// </summary>
    public static bool Configure(NpgsqlDataSourceBuilder builder, TravelPlannerDataOptions options) =>
        Configure(builder, ReplicaHosts.Combine(options.ConnectionString, options.Replicas.StandbyConnectionStrings), options.TransactionPooling);

    private static bool Configure(NpgsqlDataSourceBuilder builder, string connectionString, bool transactionPooling)
    {
        builder.ConnectionStringBuilder.ConnectionString = connectionString;
        // Every statement is a fixed embedded file, the ideal case for prepared statements: without them each
        // call is parsed and planned again (the eight-statement details batch most of all; docs/benchmarks.md).
        // A connection string that names the setting (Max Auto Prepare=0 behind an old PgBouncer) wins.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        // Behind PgBouncer in transaction mode (before 1.21, or without max_prepared_statements) a statement prepared
        // on one server connection is missing on the next: "prepared statement "_auto1" does not exist".
        if (!Names(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = transactionPooling ? 0 : DefaultMaxAutoPrepare;
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

        if (!ReplicaHosts.IsMultiHost(builder.ConnectionStringBuilder))
        {
            return false;
        }

        // Several hosts: writes need the primary by default; reads ask for a standby explicitly (Replicas/ReadRouter).
        if (!Names(given, "Target Session Attributes", "TargetSessionAttributes"))
        {
            builder.ConnectionStringBuilder.TargetSessionAttributes = "primary";
        }

        return true;
    }

    private static bool Names(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
