using Npgsql;
using TravelPlanner.Data.Repositories;
using TravelPlanner.Data.Resilience;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Resilience;

/// <summary>
/// A <see cref="QueryExecutor"/> whose connections carry an application name of their own, so a test can
/// find and terminate exactly its backends in <c>pg_stat_activity</c>.
/// </summary>
internal sealed class TaggedExecutor : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private TaggedExecutor(NpgsqlDataSource dataSource, string application, QueryExecutor executor)
    {
        _dataSource = dataSource;
        Application = application;
        Executor = executor;
    }

    public string Application { get; }

    public QueryExecutor Executor { get; }

    public static string NewApplicationName() => "retry-" + Guid.NewGuid().ToString("N")[..12];

    public static string ConnectionString(TestDatabase database, string application) =>
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = application }.ConnectionString;

    public static TaggedExecutor Create(TestDatabase database, RetryOptions retry, TimeSpan? commandTimeout = null) =>
        Create(database.ConnectionString, retry, commandTimeout);

    /// <summary>An executor on <paramref name="connectionString"/> (say, with a small pool), tagged with a new application name.</summary>
    public static TaggedExecutor Create(string connectionString, RetryOptions retry, TimeSpan? commandTimeout = null)
    {
        var application = NewApplicationName();
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = application }.ConnectionString);
        return new TaggedExecutor(dataSource, application, new QueryExecutor(dataSource, retry, commandTimeout));
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
