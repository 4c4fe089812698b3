using System.Data;
using System.Reflection;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories.Rows;

namespace TravelPlanner.Data.Tests.Repositories.Rows;

/// <summary>
/// The typed row readers (issue 16) read every constructor parameter of their model from the column of the same name,
/// at its position, with its type: each model is built with a different value in every member, written to a row whose
/// columns are the reader's, and read back. The readers' columns are checked against the SQL's by every query test
/// (<see cref="RowColumns"/> throws on a mismatch).
/// </summary>
public sealed class RowReaderTests
{
    [Fact]
    public void Every_reader_maps_every_column_of_its_model() =>
        Assert.All(
            [
                Case<Airport, AirportRow>(),
                Case<Trip, TripRow>(),
                Case<Flight, FlightRow>(),
                Case<Hotel, HotelRow>(),
                Case<Transportation, TransportationRow>(),
                Case<CarRental, CarRentalRow>(),
                Case<TravelEvent, TravelEventRow>(),
                Case<TripCompanionSummary, TripCompanionSummaryRow>(),
                Case<ItemCompanion, ItemCompanionRow>(),
            ],
            check => check());

    [Fact]
    public void A_trip_list_row_reads_the_head_and_the_trip()
    {
        var trip = Sample<TripSummary>(nulls: false);
        var row = ReadOne<TripListRow, TripListRow>(TripListRow.Columns, [7, true, .. Cells(trip)]);

        Assert.Equal(new TripListRow(7, true, trip), row);
        Assert.Equal(typeof(TripSummary).GetConstructors().Single().GetParameters().Select(p => p.Name), TripSummaryRow.Columns, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_trip_list_row_past_the_end_has_the_total_and_no_trip()
    {
        object?[] cells = [30, false, .. Enumerable.Repeat<object?>(null, TripSummaryRow.Columns.Count)];

        Assert.Equal(new TripListRow(30, false, null), ReadOne<TripListRow, TripListRow>(TripListRow.Columns, cells));
    }

    [Fact]
    public void A_statement_whose_columns_moved_is_refused_rather_than_mapped_by_position()
    {
        using var table = new DataTable();
        foreach (var column in AirportRow.Columns.Reverse())
        {
            table.Columns.Add(column, typeof(string));
        }

        using var reader = table.CreateDataReader();

        var error = Assert.Throws<InvalidOperationException>(() => RowColumns.Check<Airport, AirportRow>(reader));
        Assert.Contains("AirportRow", error.Message, StringComparison.Ordinal);
    }

    private static Action Case<T, TRow>()
        where T : notnull
        where TRow : IRowReader<T> => () =>
    {
        var parameters = typeof(T).GetConstructors().Single().GetParameters();
        Assert.Equal(parameters.Select(p => p.Name), TRow.Columns, StringComparer.OrdinalIgnoreCase);
        foreach (var nulls in new[] { false, true })
        {
            var sample = Sample<T>(nulls);
            Assert.Equal(sample, ReadOne<T, TRow>(TRow.Columns, Cells(sample)));
        }
    };

    private static T ReadOne<T, TRow>(IReadOnlyList<string> columns, object?[] cells)
        where TRow : IRowReader<T>
    {
        using var table = new DataTable();
        for (var i = 0; i < columns.Count; i++)
        {
            table.Columns.Add(columns[i], cells[i]?.GetType() ?? typeof(object));
        }

        table.Rows.Add(cells.Select(cell => cell ?? DBNull.Value).ToArray());
        using var reader = table.CreateDataReader();
        RowColumns.Check<T, TRow>(reader);
        Assert.True(reader.Read());
        return TRow.Read(reader);
    }

    // The model's members as the database returns them: enums as upper-case names (parsed ignoring case, as Dapper did).
    private static object?[] Cells<T>(T model)
        where T : notnull =>
        typeof(T).GetConstructors().Single().GetParameters()
            .Select(p => typeof(T).GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!.GetValue(model))
            .Select(value => value is Enum e ? e.ToString().ToUpperInvariant() : value)
            .ToArray();

    // A model with a different value in every member (so two columns swapped cannot go unnoticed); with nulls, every
    // nullable member null.
    private static T Sample<T>(bool nulls)
    {
        var parameters = typeof(T).GetConstructors().Single().GetParameters();
        var nullability = new NullabilityInfoContext();
        var values = parameters.Select((p, i) =>
            nulls && (Nullable.GetUnderlyingType(p.ParameterType) is not null || nullability.Create(p).ReadState == NullabilityState.Nullable)
                ? null
                : Value(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType, i));
        return (T)typeof(T).GetConstructors().Single().Invoke(values.ToArray());
    }

    private static object Value(Type type, int i) => type switch
    {
        _ when type == typeof(Guid) => new Guid(i + 1, 0, 0, new byte[8]),
        _ when type == typeof(string) => $"text {i}",
        _ when type == typeof(DateOnly) => new DateOnly(2030, 1, 1).AddDays(i),
        _ when type == typeof(DateTime) => new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i),
        _ when type == typeof(int) => 100 + i,
        _ when type == typeof(bool) => true,
        _ when type == typeof(decimal) => i + 0.25m,
        { IsEnum: true } => Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1)!,
        _ => throw new NotSupportedException($"No sample value for {type}: add one."),
    };
}
