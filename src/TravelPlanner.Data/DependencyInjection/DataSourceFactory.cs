using System.Data.Common;
using Npgsql;

#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

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
        if (!NamesMaxAutoPrepare(connectionString))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.Build();
    }

    private static bool NamesMaxAutoPrepare(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare");
    }
}
