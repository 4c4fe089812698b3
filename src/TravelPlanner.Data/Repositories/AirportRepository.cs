using TravelPlanner.Data.Changes;
using Npgsql;
using NpgsqlTypes;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories.Rows;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>airports</c> (sql/queries/airports): lookups, search, and the staging/upsert of an import.</summary>
internal sealed class AirportRepository(QueryExecutor executor)
{
    private static readonly ReadQuery GetAirportByCode = QueryCatalog.Read("airports/get_airport_by_code");
    private static readonly ReadQuery SearchAirports = QueryCatalog.Read("airports/search_airports");
    private static readonly ReadQuery CheckAirportsTable = QueryCatalog.Read("airports/check_airports_table");
    private static readonly WriteQuery CreateAirportStaging = QueryCatalog.Write("airports/create_airport_staging");
    private static readonly WriteQuery CopyAirportStaging = QueryCatalog.Write("airports/copy_airport_staging");
    private static readonly WriteQuery UpsertAirportsFromStaging = QueryCatalog.Write("airports/upsert_airports_from_staging");
    private static readonly WriteQuery VacuumAnalyzeAirports = QueryCatalog.Write("airports/vacuum_analyze_airports");
    private static readonly ReadQuery ReadersOfFlightsAt = QueryCatalog.ReadOnPrimary("airports/readers_of_flights_at");

    public ValueTask<Airport?> GetAirportByCodeAsync(string code, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Airport, AirportRow>(GetAirportByCode, new { Code = code }, cancellationToken);

    /// <param name="query">The trimmed search text (compared with the IATA code and the city).</param>
    /// <param name="pattern">A LIKE pattern built with <see cref="LikePattern.Contains"/>.</param>
    /// <param name="limit">The maximum number of rows.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public ValueTask<List<Airport>> SearchAirportsAsync(string query, string pattern, int limit, CancellationToken cancellationToken) =>
        executor.QueryAsync<Airport, AirportRow>(SearchAirports, new { Query = query, Pattern = pattern, Limit = limit }, cancellationToken);

    public ValueTask<bool> CheckAirportsTableAsync(UnitOfWork transaction, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(CheckAirportsTable, null, cancellationToken, transaction);

    public ValueTask<int> CreateAirportStagingAsync(UnitOfWork transaction, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(CreateAirportStaging, null, DataChange.None, cancellationToken, transaction);

    /// <summary>
    /// Binary COPY of <paramref name="airports"/> into the staging table. COPY is not a Dapper call, so
    /// this is the one statement not run through <see cref="QueryExecutor"/>'s query methods; it runs on
    /// the executor's transaction, whose <see cref="QueryExecutor.InTransactionAsync{T}"/> translates its errors.
    /// </summary>
    /// <returns>The number of rows written.</returns>
    public async Task<ulong> CopyAirportStagingAsync(IReadOnlyList<Airport> airports, UnitOfWork transaction, CancellationToken cancellationToken)
    {
        var importer = await transaction.Connection.BeginBinaryImportAsync(CopyAirportStaging.Text, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var airport in airports)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(airport.Iata, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(importer, airport.Icao, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(airport.Name, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(airport.City, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(airport.Country, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(importer, airport.Latitude, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(importer, airport.Longitude, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(importer, airport.Timezone, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            }

            return await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask<AirportUpsertCounts> UpsertAirportsFromStagingAsync(UnitOfWork transaction, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<AirportUpsertCounts>(
            UpsertAirportsFromStaging,
            null,
            counts => counts.Inserted + counts.Updated > 0 ? DataChange.Airports : DataChange.None,
            cancellationToken,
            transaction);

    /// <summary>The owners of flights naming one of <paramref name="codes"/>, and their audiences (on the primary).</summary>
    public ValueTask<List<Guid>> ReadersOfFlightsAtAsync(string[] codes, CancellationToken cancellationToken) =>
        executor.QueryAsync<Guid>(ReadersOfFlightsAt, new { Codes = codes }, cancellationToken);

    /// <summary>Never inside a transaction: VACUUM refuses to run in one.</summary>
    public ValueTask<int> VacuumAnalyzeAirportsAsync(CancellationToken cancellationToken) =>
        executor.ExecuteAsync(VacuumAnalyzeAirports, null, DataChange.None, cancellationToken);

    // Typed overloads: WriteAsync<object> would make Npgsql resolve a converter for every value written.
    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, decimal? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is { } number ? importer.WriteAsync(number, type, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}

/// <summary>What one upsert from the staging table wrote.</summary>
/// <summary>What the upsert wrote: rows inserted, rows updated, and the codes of both.</summary>
/// <remarks>Properties, not a constructor: Dapper matches a constructor by the column types, and Npgsql reports an array column as <see cref="Array"/>.</remarks>
internal sealed record AirportUpsertCounts
{
    public int Inserted { get; init; }

    public int Updated { get; init; }

    public string[] Codes { get; init; } = [];
}
