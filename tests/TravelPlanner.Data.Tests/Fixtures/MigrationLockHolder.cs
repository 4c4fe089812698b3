using Npgsql;
using TravelPlanner.Data.Migrations;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>Takes the migrator's advisory lock on a session of its own, as another migrator would, until disposed.</summary>
internal static class MigrationLockHolder
{
    public static async Task<NpgsqlConnection> HoldAsync(string connectionString)
    {
        var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await holder.OpenAsync();
        await using var take = new NpgsqlCommand("select pg_advisory_lock($1)", holder);
        take.Parameters.Add(new NpgsqlParameter { Value = MigrationLock.Key });
        await take.ExecuteNonQueryAsync();
        return holder;
    }
}
