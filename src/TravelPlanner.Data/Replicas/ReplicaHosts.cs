using Npgsql;

namespace TravelPlanner.Data.Replicas;

/// <summary>The primary's connection string and the standbys' hosts made into one multi-host connection string.</summary>
internal static class ReplicaHosts
{
    /// <summary>
    /// <paramref name="primary"/> with each standby's <c>Host:Port</c> appended to its <c>Host</c> list (primary first,
    /// the order Npgsql tries them in); unchanged when there are no standbys.
    /// </summary>
    public static string Combine(string primary, IEnumerable<string> standbys)
    {
        var extra = standbys.Where(s => !string.IsNullOrWhiteSpace(s)).Select(HostsOf).ToList();
        if (extra.Count == 0)
        {
            return primary;
        }

        var builder = new NpgsqlConnectionStringBuilder(primary);
        builder.Host = string.Join(',', [HostsOf(primary), .. extra]);
        return builder.ConnectionString;
    }

    /// <summary>True when the connection string names more than one host.</summary>
    public static bool IsMultiHost(NpgsqlConnectionStringBuilder builder) => builder.Host?.Contains(',', StringComparison.Ordinal) == true;

    // Each host with its port, so hosts on different ports keep theirs once the Port key is shared.
    private static string HostsOf(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var hosts = (builder.Host ?? "localhost").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(',', hosts.Select(h => h.Contains(':', StringComparison.Ordinal) && !h.StartsWith('[') ? h : $"{h}:{builder.Port}"));
    }
}
