using System.Data.Common;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>
/// Reads one row of a statement's result into a <typeparamref name="T"/> with typed getters by ordinal
/// (<see cref="DbDataReader.GetGuid"/>, <see cref="DbDataReader.GetFieldValue{T}"/>, ...), where Dapper's row mapper
/// reads every column as <see cref="object"/> and boxes each value-typed one (issue 16). Dapper still binds the
/// parameters and runs the command (<see cref="QueryExecutor"/>); only the reading of rows is ours.
/// </summary>
/// <typeparam name="T">What a row becomes.</typeparam>
/// <remarks>
/// Static members: the executor's calls stay static lambdas (no closure or reader instance per call). The columns are
/// read by position; <see cref="RowColumns.Check{T, TRow}"/> compares the statement's column names with
/// <see cref="Columns"/> once per result set, so a SQL file whose columns moved fails loudly instead of mapping wrongly.
/// </remarks>
internal interface IRowReader<out T>
{
    /// <summary>The result's column names, in order, as the SQL names them (compared ignoring case).</summary>
    static abstract IReadOnlyList<string> Columns { get; }

    /// <summary>The current row.</summary>
    static abstract T Read(DbDataReader reader);
}
