using System.Diagnostics;
using Npgsql;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.ReferenceData;

/// <summary>
/// Loads the <c>airports</c> table from the airport data shipped in the package (or a CSV of the same
/// shape), idempotently: binary COPY into a temporary staging table, then one upsert that inserts new
/// codes and updates changed rows only, all in one transaction; then <c>VACUUM (ANALYZE)</c> when rows
/// changed, so the airport search is planned on the trigram indexes at once. Airports missing from the
/// CSV are kept (flights may name them). Running it twice changes nothing the second time.
/// </summary>
public sealed class AirportImporter
{
    private readonly string? _connectionString;
    private readonly NpgsqlDataSource? _dataSource;
    private readonly ChangeAnnouncer _announcer = ChangeAnnouncer.None;

    /// <summary>An importer for the (migrated) database named in <paramref name="connectionString"/>.</summary>
    /// <exception cref="ArgumentException">The connection string is empty or malformed.</exception>
    public AirportImporter(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Invalid PostgreSQL connection string: {e.Message}", nameof(connectionString), e);
        }

        _connectionString = connectionString;
    }

    /// <summary>
    /// An importer on the library's registered data source (what <c>AddTravelPlannerData</c> registers); a load
    /// that changed rows drops the cached airport lookups and searches.
    /// </summary>
    internal AirportImporter(NpgsqlDataSource dataSource, ChangeAnnouncer announcer)
    {
        _dataSource = dataSource;
        _announcer = announcer;
    }

    /// <summary>Imports the airports shipped in the package (<c>data/airports.csv</c>, 7,884 rows).</summary>
    /// <param name="progress">Told as each step finishes (read, copied, upserted), with its row count and time.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    /// <exception cref="DataAccessException">The <c>airports</c> table does not exist (apply the migrations first), or the database failed.</exception>
    public Task<AirportImportResult> ImportAsync(IProgress<AirportImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(ReferenceCsv.OpenEmbedded(ReferenceCsv.AirportsFile), progress, cancellationToken);

    /// <summary>
    /// Imports airports from <paramref name="csv"/>: UTF-8 CSV (RFC 4180) with the header
    /// <c>iata,icao,name,city,country,latitude,longitude,timezone</c>; an empty field is null. The reader is disposed.
    /// </summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="progress">Told as each step finishes (read, copied, upserted), with its row count and time.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    /// <exception cref="ValidationException">The CSV is malformed, a required field is empty or a code occurs twice (field <c>csv</c>, the message names the line), or a value breaks a rule of the table (nothing is written).</exception>
    /// <exception cref="DataAccessException">The <c>airports</c> table does not exist (apply the migrations first), or the database failed.</exception>
    public async Task<AirportImportResult> ImportAsync(TextReader csv, IProgress<AirportImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var total = Stopwatch.StartNew();
        List<Airport> airports;
        using (csv)
        {
            try
            {
                airports = AirportCsv.Read(csv);
            }
            catch (FormatException e)
            {
                throw new ValidationException("csv", e.Message, e);
            }
        }

        progress?.Report(new AirportImportProgress(AirportImportStep.Read, airports.Count, total.Elapsed));

        if (_dataSource is not null)
        {
            return await LoadAsync(_dataSource, airports, total, progress, cancellationToken).ConfigureAwait(false);
        }

        var dataSource = NpgsqlDataSource.Create(_connectionString!);
        await using (dataSource.ConfigureAwait(false))
        {
            return await LoadAsync(dataSource, airports, total, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AirportImportResult> LoadAsync(
        NpgsqlDataSource dataSource,
        List<Airport> airports,
        Stopwatch total,
        IProgress<AirportImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var executor = new QueryExecutor(dataSource, new Resilience.RetryOptions(), announcer: _announcer);
        var repository = new AirportRepository(executor);
        var counts = await executor.InTransactionAsync(async transaction =>
        {
            if (!await repository.CheckAirportsTableAsync(transaction, cancellationToken).ConfigureAwait(false))
            {
                throw new DataAccessException(
                    "The airports table does not exist in this database: apply the migrations first (TravelPlanner.Migrator migrate).");
            }

            var step = Stopwatch.StartNew();
            await repository.CreateAirportStagingAsync(transaction, cancellationToken).ConfigureAwait(false);
            var copied = await repository.CopyAirportStagingAsync(airports, transaction, cancellationToken).ConfigureAwait(false);
            progress?.Report(new AirportImportProgress(AirportImportStep.Copied, (int)copied, step.Elapsed));

            step.Restart();
            var written = await repository.UpsertAirportsFromStagingAsync(transaction, cancellationToken).ConfigureAwait(false);
            progress?.Report(new AirportImportProgress(AirportImportStep.Upserted, written.Inserted + written.Updated, step.Elapsed));
            return written;
        }, cancellationToken).ConfigureAwait(false);

        if (counts.Codes.Length > 0 && !_announcer.IsSilent)
        {
            // Trip details show the names of their flights' airports: the readers of those details are found after the
            // commit (a flight committed before it is found; a details read that starts later sees the new names).
            var readers = await repository.ReadersOfFlightsAtAsync(counts.Codes, cancellationToken).ConfigureAwait(false);
            await _announcer.AnnounceAsync(DataChange.TripDetailsOf(readers), executor).ConfigureAwait(false);
        }

        if (counts.Inserted + counts.Updated > 0)
        {
            // Flushes the trigram indexes' pending lists so the search uses them (see the .sql file).
            await repository.VacuumAnalyzeAirportsAsync(cancellationToken).ConfigureAwait(false);
        }

        var unchanged = airports.Count - counts.Inserted - counts.Updated;
        return new AirportImportResult(airports.Count, counts.Inserted, counts.Updated, unchanged, total.Elapsed);
    }
}
