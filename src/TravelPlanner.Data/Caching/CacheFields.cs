using System.Globalization;

namespace TravelPlanner.Data.Caching;

/// <summary>Hash field names: the query's arguments joined by <c>:</c>, invariant culture (<c>upcoming:1:20:2030-06-15</c>).</summary>
internal static class CacheFields
{
    public static string Of(params object?[] parts) =>
        string.Join(':', parts.Select(p => p switch
        {
            null => "-",
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => p.ToString(),
        }));

    /// <summary>Today's UTC date as <c>yyyy-MM-dd</c>, for entries whose content depends on it.</summary>
    public static string Today(TimeProvider clock) =>
        Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
