namespace TravelPlanner.Data.ReferenceData;

/// <summary>A step of an airport import that has finished, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Step">The step that finished.</param>
/// <param name="Rows">Rows the step handled (read, copied, or written by the upsert).</param>
/// <param name="Elapsed">Wall time of this step.</param>
public sealed record AirportImportProgress(AirportImportStep Step, int Rows, TimeSpan Elapsed)
{
    /// <summary>Rows per second of this step.</summary>
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;
}
