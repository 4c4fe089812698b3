using Microsoft.Extensions.Options;
using Npgsql;

namespace TravelPlanner.Data;

/// <summary>
/// The start-up check of <see cref="TravelPlannerDataOptions"/>: a connection string that Npgsql can
/// parse (and that keeps Npgsql's UTF-8), a BCrypt work factor of 4-31, positive timeouts and retry delays. Every failure names the
/// configuration key, so a host that fails to start says what to fix.
/// </summary>
internal sealed class TravelPlannerDataOptionsValidator : IValidateOptions<TravelPlannerDataOptions>
{
    private const string Section = TravelPlannerDataOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, TravelPlannerDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateConnectionString(options.ConnectionString, failures);

        if (options.PasswordWorkFactor is < 4 or > 31)
        {
            failures.Add($"{Section}:PasswordWorkFactor is {options.PasswordWorkFactor}; BCrypt takes 4 to 31 (default 12).");
        }

        RequirePositive(options.CommandTimeout, "CommandTimeout", failures);
        if (options.Retry.MaxRetries < 0)
        {
            failures.Add($"{Section}:Retry:MaxRetries is {options.Retry.MaxRetries}; use 0 (no retries) or more.");
        }

        RequirePositive(options.Retry.BaseDelay, "Retry:BaseDelay", failures);
        RequirePositive(options.Retry.ReadRetryBudget, "Retry:ReadRetryBudget", failures);
        if (options.Retry.MaxDelay < options.Retry.BaseDelay)
        {
            failures.Add($"{Section}:Retry:MaxDelay ({options.Retry.MaxDelay}) is shorter than {Section}:Retry:BaseDelay ({options.Retry.BaseDelay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateConnectionString(string? connectionString, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            failures.Add(
                $"The PostgreSQL connection string is missing: set {Section}:ConnectionString or ConnectionStrings:TravelPlanner " +
                "(environment variable ConnectionStrings__TravelPlanner), or options.ConnectionString in AddTravelPlannerData.");
            return;
        }

        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            // The message of Npgsql names the bad keyword; the value itself may hold a password, so it is not repeated.
            failures.Add($"{Section}:ConnectionString is not a valid PostgreSQL connection string: {e.Message}");
            return;
        }

        // The row readers decode some text columns from their raw bytes as UTF-8 (Repositories/Rows/RowValues.Text).
        if (settings.Encoding is not { } encoding || !(encoding.Equals("UTF8", StringComparison.OrdinalIgnoreCase) || encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"{Section}:ConnectionString sets Encoding={settings.Encoding}; the library reads text as UTF-8 (Npgsql's default): remove the setting.");
        }
    }

    private static void RequirePositive(TimeSpan value, string key, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{key} is {value}; it must be positive.");
        }
    }
}
