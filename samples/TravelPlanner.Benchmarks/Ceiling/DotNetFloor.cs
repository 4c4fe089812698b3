using System.Text.RegularExpressions;
using Npgsql;
using TravelPlanner.Benchmarks.Baselines.Raw;
using TravelPlanner.Benchmarks.Load;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks.Ceiling;

/// <summary>
/// <c>ceiling --floor</c>: the least a .NET client does per call with Npgsql's async API, to tell the runtime's and the
/// driver's share of the gap to pgbench from the library's. Two forms, both with positional parameters (<c>$1</c>: Npgsql
/// neither parses nor rewrites the text) and the rows read into the models the library returns; no mapper, no retry, no
/// activity, no error translation:
/// <list type="bullet">
/// <item><b>dedicated</b>: as pgbench does, each worker holds one connection for the whole phase and one command prepared
/// once, and per call only executes it and reads the rows. Nothing an application serving requests can do.</item>
/// <item><b>pooled</b>: what any pooled ADO.NET code does per call, as the library does: a connection from a pool with the
/// library's settings (<c>Max Auto Prepare</c>, <c>No Reset On Close</c>), a new command with new parameters, then the
/// connection back to the pool.</item>
/// </list>
/// </summary>
/// <param name="connectionString">The benchmark database.</param>
/// <param name="named">Keep the statements' <c>@Name</c> placeholders and name the parameters (Npgsql then parses and rewrites
/// the text on every execution, as for the library's statements): <c>ceiling --floor-named</c>.</param>
internal sealed partial class DotNetFloor(string connectionString, bool named = false) : IAsyncDisposable
{
    /// <summary>The operations it has (single statements; the batches stay with raw Npgsql).</summary>
    public static readonly string[] Operations = ["get-airport", "airport-search", "create-trip"];

    private readonly NpgsqlDataSource _dedicated = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    private readonly NpgsqlDataSource _pooled = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 128, NoResetOnClose = true }.ConnectionString);

    private readonly List<NpgsqlConnection> _open = [];

    /// <summary>The operation with one connection and one prepared command per worker, opened on the worker's first call.</summary>
    public IReadOnlyList<LoadOperation> Dedicated(string name, int clients)
    {
        var commands = new NpgsqlCommand?[clients];
        return
        [
            new LoadOperation(name, 1, async c =>
            {
                var command = commands[c.Client] ??= await PrepareAsync(name);
                await ReadAsync(command, name);
            }),
        ];
    }

    /// <summary>The operation with a pooled connection and a new command per call.</summary>
    public IReadOnlyList<LoadOperation> Pooled(string name)
    {
        var statement = Statement(name);
        return
        [
            new LoadOperation(name, 1, async _ =>
            {
                await using var connection = await _pooled.OpenConnectionAsync();
                await using var command = Command(connection, statement);
                await ReadAsync(command, name);
            }),
        ];
    }

    /// <summary>Closes the dedicated connections and empties the pool (between phases: pgbench's connections end with its run too).</summary>
    public async Task CloseAllAsync()
    {
        foreach (var connection in _open)
        {
            await connection.DisposeAsync();
        }

        _open.Clear();
        _pooled.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAllAsync();
        await _dedicated.DisposeAsync();
        await _pooled.DisposeAsync();
    }

    private async Task<NpgsqlCommand> PrepareAsync(string name)
    {
        var connection = await _dedicated.OpenConnectionAsync();
        lock (_open)
        {
            _open.Add(connection);
        }

        var command = Command(connection, Statement(name));
        await command.PrepareAsync();
        return command;
    }

    private static async Task ReadAsync(NpgsqlCommand command, string name)
    {
        Func<NpgsqlDataReader, object> read = name == "create-trip" ? RawRows.Trip : RawRows.Airport;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        if (rows.Count == 0)
        {
            throw new InvalidOperationException($"The floor's {name} returned no row.");
        }
    }

    // The library's statement as sent (comments stripped) with @Name turned into $n, and the values pgbench/<name>.sql uses.
    private (string Text, string[] Names, object[] Values) Statement(string name) => name switch
    {
        "get-airport" => Positional("airports/get_airport_by_code", ["Code"], "LHR"),
        "airport-search" => Positional("airports/search_airports", ["Query", "Pattern", "Limit"], "chicago", RawAirports.Like("chicago"), 10),
        "create-trip" => Positional("trips/insert_trip", ["UserId", "Name", "DepartureDate", "ReturnDate", "Purpose", "Description"],
            BenchmarkIds.Writer, LoadOperations.PgbenchTrip.Name, LoadOperations.PgbenchTrip.DepartureDate, LoadOperations.PgbenchTrip.ReturnDate,
            LoadOperations.PgbenchTrip.Purpose.ToString().ToLowerInvariant(), LoadOperations.PgbenchTrip.Description!),
        _ => throw new ArgumentException($"No floor for '{name}'; one of: {string.Join(", ", Operations)}.", nameof(name)),
    };

    private (string Text, string[] Names, object[] Values) Positional(string file, string[] names, params object[] values)
    {
        var text = Placeholder().Replace(LibrarySql.Get(file), m =>
        {
            var index = Array.IndexOf(names, m.Groups[1].Value);
            return index < 0 ? throw new InvalidOperationException($"{file}: no value for @{m.Groups[1].Value}.")
                : named ? m.Value : "$" + (index + 1);
        });
        return (text, named ? names : new string[names.Length], values);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, (string Text, string[] Names, object[] Values) statement)
    {
        var command = new NpgsqlCommand(statement.Text, connection);
        for (var i = 0; i < statement.Values.Length; i++)
        {
            NpgsqlParameter parameter = statement.Values[i] switch
            {
                string s => new NpgsqlParameter<string> { TypedValue = s },
                int n => new NpgsqlParameter<int> { TypedValue = n },
                Guid g => new NpgsqlParameter<Guid> { TypedValue = g },
                DateOnly d => new NpgsqlParameter<DateOnly> { TypedValue = d },
                var other => throw new ArgumentException($"No parameter type for {other.GetType()}.", nameof(statement)),
            };
            if (statement.Names[i] is { } name)
            {
                parameter.ParameterName = name;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Placeholder();
}
