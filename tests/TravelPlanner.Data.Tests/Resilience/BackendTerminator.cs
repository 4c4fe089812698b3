using Npgsql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Resilience;

/// <summary>Terminates a test's own backends (found by application name) with <c>pg_terminate_backend</c>.</summary>
internal static class BackendTerminator
{
    /// <summary>Waits until a backend of <paramref name="application"/> runs a statement containing <paramref name="marker"/>, then terminates it.</summary>
    public static async Task TerminateWhenActiveAsync(TestDatabase database, string application, string marker)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await TerminateAsync(database, application, state: "active", marker) > 0)
            {
                return;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"no active backend of {application} ran {marker} within 5 s");
    }

    /// <summary>Terminates every backend of <paramref name="application"/> in <paramref name="state"/> whose statement contains <paramref name="marker"/>.</summary>
    public static async Task<int> TerminateAsync(TestDatabase database, string application, string state, string marker = "")
    {
        await using var command = database.DataSource.CreateCommand(
            // Materialized, so only the selected backends reach pg_terminate_backend, whatever the plan.
            "with targets as materialized (select pid from pg_stat_activity " +
            "where application_name = $1 and state = $2 and query like '%' || $3 || '%') " +
            "select count(*)::int from targets where pg_terminate_backend(pid)");
        command.Parameters.Add(new NpgsqlParameter { Value = application });
        command.Parameters.Add(new NpgsqlParameter { Value = state });
        command.Parameters.Add(new NpgsqlParameter { Value = marker });
        return (int)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
