namespace TravelPlanner.Data.ReferenceData;

/// <summary>The steps of an airport import, in order.</summary>
public enum AirportImportStep
{
    /// <summary>The CSV was read and checked.</summary>
    Read,

    /// <summary>The rows were copied (binary COPY) into a temporary staging table.</summary>
    Copied,

    /// <summary>The staging rows were upserted into <c>airports</c> (new inserted, changed updated).</summary>
    Upserted,
}
