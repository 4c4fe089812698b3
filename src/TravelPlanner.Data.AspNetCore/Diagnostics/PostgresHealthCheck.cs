using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace TravelPlanner.Data.Diagnostics;

/// <summary>Healthy when the library's <see cref="NpgsqlDataSource"/> opens a connection and answers <c>select 1</c>.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = "select 1";
                    await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                }

                return HealthCheckResult.Healthy($"PostgreSQL {connection.PostgreSqlVersion} answers.");
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            // A check reports, it does not throw: the host's health endpoint shows the reason.
            return new HealthCheckResult(context.Registration.FailureStatus, $"PostgreSQL is unreachable: {e.Message}", e);
        }
    }
}
