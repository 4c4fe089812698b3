using StackExchange.Redis;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>The entries the library's cache stored (hash fields under its region keys), read back as bytes.</summary>
internal static class CachePayloads
{
    /// <summary>
    /// Every cached entry on the server: key, field, value (not the hashes' copy of their group's version, field
    /// <c>_version</c>). A private benchmark server, so KEYS is fine here.
    /// </summary>
    public static List<(string Key, string Field, byte[] Value)> Find(ConnectionMultiplexer redis, IDatabase db)
    {
        var found = new List<(string, string, byte[])>();
        foreach (var endpoint in redis.GetEndPoints())
        {
            foreach (var key in redis.GetServer(endpoint).Keys(pattern: "*"))
            {
                if (db.KeyType(key) != RedisType.Hash)
                {
                    continue;
                }

                foreach (var entry in db.HashGetAll(key).Where(e => e.Name != "_version"))
                {
                    found.Add((key.ToString(), entry.Name.ToString(), (byte[])entry.Value!));
                }
            }
        }

        return found;
    }
}
