using System.Diagnostics.CodeAnalysis;
using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Resilience;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// Turns driver errors into the library's typed errors. Constraint violations become validation,
/// conflict or not-found errors through <see cref="ConstraintErrors"/>; everything else the database
/// throws becomes a <see cref="DataAccessException"/>. Services validate first, so these are the
/// backstop for races and for rules only the database can see.
/// </summary>
internal static class PostgresErrorTranslator
{
    /// <param name="error">What the driver (or a retry marker) threw.</param>
    /// <param name="queryName">The SQL file, for the message; null for a transaction.</param>
    /// <param name="isWrite">A write or a transaction: a connection lost mid-flight leaves its outcome unknown, and the message says so.</param>
    /// <param name="translated">The library's error.</param>
    public static bool TryTranslate(Exception error, string? queryName, bool isWrite, [NotNullWhen(true)] out Exception? translated)
    {
        translated = error switch
        {
            TravelPlannerException or OperationCanceledException => null,
            // Nothing reached the server: whatever the statement, the failure is the connection's.
            ConnectionOpenException => Translate(error.InnerException!, queryName, isWrite: false),
            ConnectionDeadBeforeSendException dead =>
                new DataAccessException($"The connection to the database was lost before the statement was sent{Suffix(queryName)}: nothing was applied.", dead),
            _ => Translate(error, queryName, isWrite),
        };
        return translated is not null;
    }

    private static Exception? Translate(Exception error, string? queryName, bool isWrite) => error switch
    {
        TravelPlannerException or OperationCanceledException => null,
        NpgsqlException npgsql when npgsql.InnerException is OperationCanceledException or TimeoutException && npgsql.IsTransient =>
            new DataAccessException($"The database did not answer in time{Suffix(queryName)}.", npgsql),
        ConnectionBrokenException or NpgsqlException when isWrite && IsConnectionLost(error) =>
            new DataAccessException(
                $"The connection to the database was lost while the write was in flight{Suffix(queryName)}: the outcome is unknown "
                + "(it may or may not have been applied), so it was not retried.",
                error),
        ConnectionBrokenException broken => new DataAccessException($"The connection to the database was lost{Suffix(queryName)}.", broken),
        PostgresException postgres => Translate(postgres, queryName),
        NpgsqlException npgsql => new DataAccessException($"The database could not be reached{Suffix(queryName)}: {npgsql.Message}", npgsql),
        TimeoutException timeout => new DataAccessException($"The database did not answer in time{Suffix(queryName)}.", timeout),
        // Dapper could not map a row (a column of an unexpected type): a defect here, but still a typed error.
        System.Data.DataException mapping => new DataAccessException($"A result could not be read{Suffix(queryName)}: {mapping.Message}", mapping),
        // Anything else the driver or the mapper throws still leaves as the library's error (issue 14, item 7).
        _ => new DataAccessException($"The database call failed{Suffix(queryName)}: {error.Message}", error),
    };

    // The connection went away (network, backend terminated, server shutting down), as opposed to a statement error.
    private static bool IsConnectionLost(Exception error) => error switch
    {
        ConnectionBrokenException => true,
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };

    private static Exception Translate(PostgresException error, string? queryName)
    {
        // A Citus coordinator relays a worker's error without the constraint field; its message names it.
        if ((error.ConstraintName ?? ConstraintErrors.NamedIn(error.MessageText)) is { } constraint && ConstraintErrors.TryGet(constraint, error, out var mapped))
        {
            return mapped;
        }

        return error.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => new ConflictException("A row with the same unique value already exists.", null, error),
            PostgresErrorCodes.CheckViolation => new ValidationException(error.ColumnName ?? "value", $"violates rule {error.ConstraintName}.", error),
            PostgresErrorCodes.NotNullViolation => new ValidationException(error.ColumnName ?? "value", "is required.", error),
            PostgresErrorCodes.ForeignKeyViolation => new NotFoundException(error.TableName ?? "referenced row", null, error),
            PostgresErrorCodes.StringDataRightTruncation => new ValidationException(error.ColumnName ?? "value", "is too long.", error),
            PostgresErrorCodes.NumericValueOutOfRange => new ValidationException(error.ColumnName ?? "value", "is out of range.", error),
            _ => new DataAccessException($"Database error {error.SqlState}{Suffix(queryName)}: {error.MessageText}", error),
        };
    }

    private static string Suffix(string? queryName) => queryName is null ? string.Empty : $" (query {queryName})";
}
