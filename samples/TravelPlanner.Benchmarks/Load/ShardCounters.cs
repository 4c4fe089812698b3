using Npgsql;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>Citus's per-database execution counters (<c>citus_stat_counters</c>, with <c>citus.enable_stat_counters</c> on).</summary>
internal readonly record struct ShardCounters(long SingleShard, long MultiShard)
{
    public double MultiShardShare => SingleShard + MultiShard == 0 ? 0 : (double)MultiShard / (SingleShard + MultiShard);

    public static ShardCounters operator -(ShardCounters after, ShardCounters before) =>
        new(after.SingleShard - before.SingleShard, after.MultiShard - before.MultiShard);

    public static async Task<ShardCounters> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select query_execution_single_shard, query_execution_multi_shard from citus_stat_counters where name = current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ShardCounters(reader.GetInt64(0), reader.GetInt64(1)) : default;
    }
}
