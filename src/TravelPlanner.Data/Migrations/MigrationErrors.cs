using System.Net.Sockets;
using Npgsql;

namespace TravelPlanner.Data.Migrations;

/// <summary>Turns driver and DbUp errors into one-line <see cref="MigrationException"/>s.</summary>
internal static class MigrationErrors
{
    public static bool IsDatabaseError(Exception e) => e is NpgsqlException or SocketException or TimeoutException;

    public static MigrationException Drift(MigrationStatus status) =>
        new(MigrationFailure.Drift, $"Applied scripts changed since they were applied: {string.Join(", ", status.Changed)}. Revert the edits, or run repair after review.");

    public static MigrationException Translate(Exception? error, string? scriptName, IReadOnlyList<string>? invalidIndexes = null)
    {
        var root = error;
        while (root is { InnerException: not null } && root is not PostgresException)
        {
            root = root.InnerException;
        }

        var leftovers = invalidIndexes is { Count: > 0 }
            ? $" Invalid index(es) left behind: {string.Join(", ", invalidIndexes)} (drop them before retrying)."
            : string.Empty;

        return root switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } pg =>
                new MigrationException(MigrationFailure.AuthenticationFailed, $"Authentication failed: {pg.MessageText}", null, error),
            PostgresException pg when scriptName is not null =>
                new MigrationException(MigrationFailure.ScriptFailed, $"Script {scriptName} failed: {pg.SqlState}: {OneLine(pg.MessageText)}{leftovers}", scriptName, error),
            _ when IsUnreachable(error) =>
                new MigrationException(MigrationFailure.ServerUnreachable, $"PostgreSQL server unreachable: {OneLine(root?.Message ?? "no answer")}", null, error),
            _ when scriptName is not null =>
                new MigrationException(MigrationFailure.ScriptFailed, $"Script {scriptName} failed: {OneLine(root?.Message ?? "unknown error")}{leftovers}", scriptName, error),
            PostgresException pg =>
                new MigrationException(MigrationFailure.Other, $"{pg.SqlState}: {OneLine(pg.MessageText)}", null, error),
            _ => new MigrationException(MigrationFailure.Other, OneLine(root?.Message ?? "unknown error"), null, error),
        };
    }

    private static bool IsUnreachable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
