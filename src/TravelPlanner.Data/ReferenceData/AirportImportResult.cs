namespace TravelPlanner.Data.ReferenceData;

/// <summary>What <see cref="AirportImporter.ImportAsync(IProgress{AirportImportProgress}?, CancellationToken)"/> did.</summary>
/// <param name="Read">Rows read from the CSV.</param>
/// <param name="Inserted">Airports that were not in the table and were added.</param>
/// <param name="Updated">Airports whose stored values differed and were overwritten.</param>
/// <param name="Unchanged">Airports already stored with the same values (left untouched).</param>
/// <param name="Elapsed">Wall time of the whole import.</param>
public sealed record AirportImportResult(int Read, int Inserted, int Updated, int Unchanged, TimeSpan Elapsed)
{
    /// <summary>Rows read per second of <see cref="Elapsed"/>.</summary>
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Read / Elapsed.TotalSeconds : 0;
}
