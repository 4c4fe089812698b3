using System.Diagnostics.CodeAnalysis;
using Npgsql;
using TravelPlanner.Data.Errors;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// Turns driver errors into the library's typed errors. Constraint violations become validation,
/// conflict or not-found errors through <see cref="ConstraintErrors"/>; everything else the database
/// throws becomes a <see cref="DataAccessException"/>. Services validate first, so these are the
/// backstop for races and for rules only the database can see.
/// </summary>
internal static class PostgresErrorTranslator
{
    public static bool TryTranslate(Exception error, string? queryName, [NotNullWhen(true)] out Exception? translated)
    {
        translated = error switch
        {
            TravelPlannerException or OperationCanceledException => null,
            PostgresException postgres => Translate(postgres, queryName),
            NpgsqlException npgsql when npgsql.InnerException is OperationCanceledException or TimeoutException && npgsql.IsTransient =>
                new DataAccessException($"The database did not answer in time{Suffix(queryName)}.", npgsql),
            NpgsqlException npgsql => new DataAccessException($"The database could not be reached{Suffix(queryName)}: {npgsql.Message}", npgsql),
            TimeoutException timeout => new DataAccessException($"The database did not answer in time{Suffix(queryName)}.", timeout),
            // Dapper could not map a row (a column of an unexpected type): a defect here, but still a typed error.
            System.Data.DataException mapping => new DataAccessException($"A result could not be read{Suffix(queryName)}: {mapping.Message}", mapping),
            _ => null,
        };
        return translated is not null;
    }

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
