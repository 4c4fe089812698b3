using DbUp.Engine;

namespace TravelPlanner.Data.Migrations;

/// <summary>Which scripts a migrate run applies, after refusing drift and (unless allowed) out-of-order scripts.</summary>
internal static class MigrationPlanner
{
    /// <exception cref="MigrationException">Drift, out-of-order scripts (not allowed), or an unknown target.</exception>
    public static List<SqlScript> Plan(MigrationScripts scripts, MigrationStatus status, MigrateOptions options)
    {
        if (status.Changed.Count > 0)
        {
            throw MigrationErrors.Drift(status);
        }

        if (status.OutOfOrder.Count > 0 && !options.AllowOutOfOrder)
        {
            throw new MigrationException(
                MigrationFailure.OutOfOrder,
                $"Pending scripts sort before the last applied one: {string.Join(", ", status.OutOfOrder)}. Allow out-of-order runs to apply them.");
        }

        var target = options.Target is null ? null : scripts.ResolveUpName(options.Target);
        var pending = status.Pending.ToHashSet(StringComparer.Ordinal);
        return scripts.Up
            .Where(s => pending.Contains(s.Name) && (target is null || string.CompareOrdinal(s.Name, target) <= 0))
            .ToList();
    }
}
