using Microsoft.Extensions.Options;

namespace TravelPlanner.Data.Caching;

/// <summary>The start-up check of <see cref="TravelPlannerCacheOptions"/>: positive timeouts and a threshold of 1 or more, each failure naming its key.</summary>
internal sealed class TravelPlannerCacheOptionsValidator : IValidateOptions<TravelPlannerCacheOptions>
{
    private const string Section = TravelPlannerCacheOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, TravelPlannerCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        RequirePositive(options.OperationTimeout, "OperationTimeout", failures);
        RequirePositive(options.CircuitBreakerBreakDuration, "CircuitBreakerBreakDuration", failures);
        if (options.CircuitBreakerFailureThreshold < 1)
        {
            failures.Add($"{Section}:CircuitBreakerFailureThreshold is {options.CircuitBreakerFailureThreshold}; it must be 1 or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(TimeSpan value, string key, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{key} is {value}; it must be positive.");
        }
    }
}
