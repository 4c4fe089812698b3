using Microsoft.Extensions.Logging;
using System.Data;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Diagnostics;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Replicas;
using TravelPlanner.Data.Repositories.Rows;
using TravelPlanner.Data.Resilience;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// The one place repositories run SQL: Dapper over a pooled connection from the singleton
/// <see cref="NpgsqlDataSource"/> (on the server <see cref="ReadRouter"/> picks: with standbys, reads may go to one), the cancellation token always passed through
/// <see cref="CommandDefinition"/>, one activity and one duration measurement per query, and every
/// driver error translated at this edge (<see cref="PostgresErrorTranslator"/>) so no
/// <see cref="PostgresException"/> reaches a caller.
/// <list type="bullet">
/// <item><c>Query*</c> methods take a <see cref="ReadQuery"/> and retry any transient failure.</item>
/// <item><c>Write*</c> and <see cref="ExecuteAsync"/> take a <see cref="WriteQuery"/> and the <see cref="DataChange"/>
/// it makes; they retry only what the server certainly did not apply (<see cref="DatabaseRetry"/>), and announce the
/// change once it committed (<see cref="ChangeAnnouncer"/>): at once for a single statement, at the commit of
/// <see cref="InTransactionAsync{T}"/> for a statement in a <see cref="UnitOfWork"/>.</item>
/// <item>They return <see cref="ValueTask{TResult}"/>s whose async layers are pooled
/// (<see cref="PoolingAsyncValueTaskMethodBuilder{TResult}"/>, issue 16): the public service method's
/// <see cref="Task{TResult}"/> is the one object of its kind a call allocates. Await each once, as any
/// <see cref="ValueTask{TResult}"/>; <see cref="ValueTask{TResult}.AsTask"/> where a <see cref="Task"/> is needed.</item>
/// </list>
/// </summary>
internal sealed class QueryExecutor
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ReadRouter _router;
    private readonly ChangeAnnouncer _announcer;
    private readonly DatabaseRetry _readRetry;
    private readonly DatabaseRetry _writeRetry;
    private readonly int? _commandTimeoutSeconds;
    private readonly IdleConnectionProbe _idleProbe;

    public QueryExecutor(NpgsqlDataSource dataSource, IOptions<TravelPlannerDataOptions> options, ChangeAnnouncer announcer, ReadRouter router, ILogger? logger = null, TimeProvider? time = null)
        : this(dataSource, options.Value.Retry, options.Value.CommandTimeout, announcer, router, logger, time)
    {
    }

    /// <param name="dataSource">Where connections come from.</param>
    /// <param name="retry">Retry rules.</param>
    /// <param name="commandTimeout">Per-statement timeout (whole seconds, rounded up); null keeps the connection string's <c>Command Timeout</c>.</param>
    /// <param name="announcer">Who hears of committed writes; null for nobody.</param>
    /// <param name="router">Which server each statement runs on; null for one built on <paramref name="dataSource"/> (positions in process).</param>
    /// <param name="logger">Where retries are logged (Warning, EventId 3001); null for nowhere.</param>
    /// <param name="time">The clock of the idle-connection probe (<see cref="RetryOptions.ProbeIdleConnectionAfter"/>); null for the system's.</param>
    public QueryExecutor(NpgsqlDataSource dataSource, RetryOptions retry, TimeSpan? commandTimeout = null, ChangeAnnouncer? announcer = null, ReadRouter? router = null, ILogger? logger = null, TimeProvider? time = null)
    {
        _dataSource = dataSource;
        _router = router ?? new ReadRouter(dataSource, new ProcessCommitPositions(TimeProvider.System));
        _announcer = announcer ?? ChangeAnnouncer.None;
        _readRetry = DatabaseRetry.ForReads(retry, logger);
        _writeRetry = DatabaseRetry.ForWrites(retry, logger);
        _commandTimeoutSeconds = commandTimeout is { } timeout ? (int)Math.Ceiling(timeout.TotalSeconds) : null;
        _idleProbe = new IdleConnectionProbe(time ?? TimeProvider.System, retry.ProbeIdleConnectionAfter);
        EnlistsInAmbientTransactions = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Enlist;
    }

    /// <summary>
    /// True when connections join an ambient <see cref="System.Transactions.TransactionScope"/> (Npgsql's <c>Enlist</c>,
    /// on by default): a write then commits with the scope, and its announcement waits for it.
    /// </summary>
    public bool EnlistsInAmbientTransactions { get; }

    // Every call below is a static lambda (one cached delegate per type, no closure): the executor builds the command
    // itself (issue 16: the closures and async layers around each call cost more allocation than the call). Rows are read
    // buffered, never with Dapper's SequentialAccess (RowReading).
    public ValueTask<List<T>> QueryAsync<T>(ReadQuery query, object? parameters, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        RunAsync(query, parameters, unit, static (connection, command) => RowReading.MappedListAsync<T>(connection, command),
            cancellationToken);

    public ValueTask<T?> QuerySingleOrDefaultAsync<T>(ReadQuery query, object? parameters, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        RunAsync(query, parameters, unit, static (connection, command) => RowReading.MappedSingleOrDefaultAsync<T>(connection, command), cancellationToken);

    public ValueTask<T> QuerySingleAsync<T>(ReadQuery query, object? parameters, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        RunAsync(query, parameters, unit, static (connection, command) => RowReading.MappedSingleAsync<T>(connection, command), cancellationToken);

    /// <summary>The row, read by <typeparamref name="TRow"/>, or the default when there is none.</summary>
    public ValueTask<T?> QuerySingleOrDefaultAsync<T, TRow>(ReadQuery query, object? parameters, CancellationToken cancellationToken, UnitOfWork? unit = null)
        where TRow : IRowReader<T> =>
        RunAsync(query, parameters, unit, static (connection, command) => RowReading.SingleOrDefaultAsync<T, TRow>(connection, command), cancellationToken);

    /// <summary>The rows, read by <typeparamref name="TRow"/> (typed getters: no boxing per column, issue 16).</summary>
    public ValueTask<List<T>> QueryAsync<T, TRow>(ReadQuery query, object? parameters, CancellationToken cancellationToken, UnitOfWork? unit = null)
        where TRow : IRowReader<T> =>
        RunAsync(query, parameters, unit, static (connection, command) => RowReading.ListAsync<T, TRow>(connection, command), cancellationToken);

    /// <summary>
    /// Runs a batch of statements in one round trip and lets <paramref name="read"/> consume the result sets in order
    /// (<see cref="ResultSets"/>). Every batch goes out as an <see cref="NpgsqlBatch"/> of positional commands
    /// (<see cref="SqlQuery.Statements"/>): Dapper has no batch API, and a batch sent as one command with named
    /// parameters is parsed and rewritten by Npgsql on every call (issue 16: 10 KB of the trip details' 32).
    /// </summary>
    public ValueTask<TResult> QueryResultSetsAsync<TResult>(
        ReadQuery query,
        object? parameters,
        Func<ResultSets, ValueTask<TResult>> read,
        CancellationToken cancellationToken,
        UnitOfWork? unit = null) =>
        RunAsync(
            query,
            parameters,
            unit,
            new BatchCall<TResult>(query, parameters, read),
            ReadBatchAsync,
            cancellationToken);

    /// <summary>A write that returns exactly one row; announces <paramref name="change"/>.</summary>
    public ValueTask<T> WriteSingleAsync<T>(WriteQuery query, object? parameters, DataChange change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(query, parameters, unit, static (connection, command) => RowReading.MappedSingleAsync<T>(connection, command), change, cancellationToken);

    /// <summary>A write that returns exactly one row, read by <typeparamref name="TRow"/>; announces <paramref name="change"/>.</summary>
    public ValueTask<T> WriteSingleAsync<T, TRow>(WriteQuery query, object? parameters, DataChange change, CancellationToken cancellationToken, UnitOfWork? unit = null)
        where TRow : IRowReader<T> =>
        WriteAsync(query, parameters, unit, static (connection, command) => RowReading.SingleAsync<T, TRow>(connection, command), change, cancellationToken);

    /// <summary>A write that returns exactly one row; announces what <paramref name="change"/> makes of it.</summary>
    public ValueTask<T> WriteSingleAsync<T>(WriteQuery query, object? parameters, Func<T, DataChange> change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(query, parameters, unit, static (connection, command) => RowReading.MappedSingleAsync<T>(connection, command), change, cancellationToken);

    /// <summary>A write that returns one row or none (nothing matched); announces <paramref name="change"/> when a row came back.</summary>
    public ValueTask<T?> WriteSingleOrDefaultAsync<T>(WriteQuery query, object? parameters, DataChange change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteSingleOrDefaultAsync<T>(query, parameters, _ => change, cancellationToken, unit);

    /// <summary>A write that returns one row or none; announces what <paramref name="change"/> makes of the row, when one came back.</summary>
    public ValueTask<T?> WriteSingleOrDefaultAsync<T>(WriteQuery query, object? parameters, Func<T, DataChange> change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(
            query,
            parameters,
            unit,
            static (connection, command) => RowReading.MappedSingleOrDefaultAsync<T>(connection, command),
            row => row is null ? DataChange.None : change(row),
            cancellationToken);

    /// <summary>A write that returns rows; announces what <paramref name="change"/> makes of them.</summary>
    public ValueTask<List<T>> WriteListAsync<T>(WriteQuery query, object? parameters, Func<List<T>, DataChange> change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(
            query,
            parameters,
            unit,
            static (connection, command) => RowReading.MappedListAsync<T>(connection, command),
            change,
            cancellationToken);

    /// <summary>
    /// A write to <paramref name="ownerId"/>'s trips or trip items (<see cref="OwnerTripsWrite"/>; the statement binds the
    /// owner as <c>@UserId</c>) that returns exactly one row (an insert). When a listener is registered, the same round
    /// trip first takes the owner's sharing lock and reads the owner's audience, and the change names the owner and
    /// that audience; with none, the write is sent alone.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<T> WriteOwnerTripsAsync<T>(OwnerTripsWrite write, object? parameters, Guid ownerId, CancellationToken cancellationToken) =>
        // Not null: with exactlyOne, no row back threw in Dapper's ReadSingle/QuerySingle.
        (await WriteOwnerTripsCoreAsync<T>(write, parameters, ownerId, exactlyOne: true, cancellationToken).ConfigureAwait(false))!;

    /// <summary>As <see cref="WriteOwnerTripsAsync{T}"/>, for a write that returns one row or none (nothing matched: nothing is announced).</summary>
    public ValueTask<T?> WriteOwnerTripsOrDefaultAsync<T>(OwnerTripsWrite write, object? parameters, Guid ownerId, CancellationToken cancellationToken) =>
        WriteOwnerTripsCoreAsync<T>(write, parameters, ownerId, exactlyOne: false, cancellationToken);

    /// <summary>A write batch whose result sets <paramref name="read"/> consumes in order; announces what <paramref name="change"/> makes of what it returns.</summary>
    public ValueTask<T> WriteResultSetsAsync<T>(
        WriteQuery query,
        object? parameters,
        Func<ResultSets, ValueTask<T>> read,
        Func<T, DataChange> change,
        CancellationToken cancellationToken,
        UnitOfWork? unit = null) =>
        WriteAsync(
            query,
            parameters,
            unit,
            new BatchCall<T>(query, parameters, read),
            ReadBatchAsync,
            change,
            cancellationToken);

    /// <summary>A write that returns no rows; returns the number of rows affected and announces <paramref name="change"/> when it is not zero.</summary>
    public ValueTask<int> ExecuteAsync(WriteQuery query, object? parameters, DataChange change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(
            query,
            parameters,
            unit,
            static (connection, command) => new ValueTask<int>(connection.ExecuteAsync(command)),
            rows => rows == 0 ? DataChange.None : change,
            cancellationToken);

    /// <summary>
    /// Opens a connection and a transaction, runs <paramref name="work"/>, commits, then announces the changes
    /// the unit's writes recorded. Any exception rolls everything back (nothing partial is written, nothing is
    /// announced) and is translated like any other query error. The whole unit is retried when PostgreSQL rolled
    /// it back on its own (serialization failure, deadlock) or the connection never opened; <paramref name="work"/>
    /// must therefore only touch the database.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(
        Func<UnitOfWork, Task<T>> work,
        CancellationToken cancellationToken,
        System.Data.IsolationLevel isolationLevel = System.Data.IsolationLevel.ReadCommitted)
    {
        (T Value, IReadOnlyList<DataChange> Changes) committed;
        try
        {
            committed = await _writeRetry.ExecuteAsync(
                async token =>
                {
                    var connection = await OpenAsync(read: null, parameters: null, token).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        try
                        {
                            await _idleProbe.EnsureAliveAsync(connection, token).ConfigureAwait(false);
                            var transaction = await connection.BeginTransactionAsync(isolationLevel, token).ConfigureAwait(false);
                            await using (transaction.ConfigureAwait(false))
                            {
                                var unit = new UnitOfWork(connection, transaction);
                                var result = await work(unit).ConfigureAwait(false);
                                await transaction.CommitAsync(token).ConfigureAwait(false);
                                return (result, unit.Changes);
                            }
                        }
                        catch (NpgsqlException e) when (ClearPoolIfConnectionLost(e, connection))
                        {
                            throw;
                        }
                        catch (ConnectionDeadBeforeSendException) when (ClearPool())
                        {
                            throw;
                        }
                        finally
                        {
                            _idleProbe.Touch(connection);
                        }
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (TryTranslate(e, query: null, out var translated))
        {
            throw translated;
        }

        await _announcer.AnnounceAsync(committed.Changes, this).ConfigureAwait(false);
        return committed.Value;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<T?> WriteOwnerTripsCoreAsync<T>(OwnerTripsWrite write, object? parameters, Guid ownerId, bool exactlyOne, CancellationToken cancellationToken)
    {
        if (_announcer.IsSilent)
        {
            return exactlyOne
                ? await RunAsync(write.Alone, parameters, unit: null, static (connection, command) => RowReading.MappedSingleAsync<T>(connection, command), cancellationToken).ConfigureAwait(false)
                : await RunAsync(write.Alone, parameters, unit: null, static (connection, command) => RowReading.MappedSingleOrDefaultAsync<T>(connection, command), cancellationToken).ConfigureAwait(false);
        }

        var (row, audience) = await RunAsync(
            write.Announced,
            parameters,
            unit: null,
            new BatchCall<(T? Row, List<Guid> Audience)>(write.Announced, parameters, exactlyOne ? AudienceThenRow<T>.Single : AudienceThenRow<T>.SingleOrDefault),
            ReadBatchAsync,
            cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            var users = OwnerThen(ownerId, audience);
            var change = new DataChange(write.Changes, users);
            await (write.OwnerAlso == ChangeKind.None
                ? _announcer.AnnounceAsync(change, this)
                : _announcer.AnnounceAsync([change, new DataChange(write.OwnerAlso, [ownerId])], this)).ConfigureAwait(false);
        }

        return row;
    }

    /// <summary>
    /// Inside <paramref name="unit"/>, before a write to <paramref name="ownerId"/>'s trips that runs in a unit of work:
    /// takes the owner's sharing lock and reads the owner's audience (<see cref="QueryCatalog.ReadAudienceBeforeWrite"/>,
    /// as an announced <see cref="OwnerTripsWrite"/> does in its own round trip), so the write's change names everyone who
    /// may hold a copy. Returns the owner, then the audience; the owner alone, without a query, when nobody listens.
    /// </summary>
    public async ValueTask<Guid[]> ReadOwnerAudienceAsync(Guid ownerId, UnitOfWork unit, CancellationToken cancellationToken)
    {
        if (_announcer.IsSilent)
        {
            return [ownerId];
        }

        var audience = await WriteResultSetsAsync(
            QueryCatalog.ReadAudienceBeforeWrite,
            new { UserId = ownerId },
            ReadLockAndAudienceAsync,
            static _ => DataChange.None,
            cancellationToken,
            unit).ConfigureAwait(false);
        return OwnerThen(ownerId, audience);
    }

    // The first two result sets of trips/read_audience_before_write: the sharing lock (its one row is skipped, not parsed),
    // then the audience (typed: Dapper makes a new row parser per call for a scalar).
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<List<Guid>> ReadLockAndAudienceAsync(ResultSets sets)
    {
        await sets.SkipAsync().ConfigureAwait(false);
        return await sets.ReadListAsync<Guid, AudienceRow>().ConfigureAwait(false);
    }

    // The owner first, then the audience: never the owner (trip_invitations_no_self_invite), each once (distinct).
    private static Guid[] OwnerThen(Guid ownerId, List<Guid> audience)
    {
        var users = new Guid[audience.Count + 1];
        users[0] = ownerId;
        audience.CopyTo(users, 1);
        return users;
    }

    // The result sets of an announced OwnerTripsWrite: the sharing lock and the audience (ReadLockAndAudienceAsync), then
    // the write's row.
    private static class AudienceThenRow<T>
    {
        public static readonly Func<ResultSets, ValueTask<(T? Row, List<Guid> Audience)>> Single =
            static sets => ReadAsync(sets, exactlyOne: true);

        public static readonly Func<ResultSets, ValueTask<(T? Row, List<Guid> Audience)>> SingleOrDefault =
            static sets => ReadAsync(sets, exactlyOne: false);

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private static async ValueTask<(T? Row, List<Guid> Audience)> ReadAsync(ResultSets sets, bool exactlyOne)
        {
            var audience = await ReadLockAndAudienceAsync(sets).ConfigureAwait(false);
            var row = exactlyOne
                ? await sets.ReadSingleAsync<T>().ConfigureAwait(false)
                : await sets.ReadSingleOrDefaultAsync<T>().ConfigureAwait(false);
            return (row, audience);
        }
    }

    // A batch: its statements as one NpgsqlBatch on the connection, the result sets read by the caller's delegate; the
    // batch and its reader are disposed here. Passed to RunAsync as a method group: a static one, cached by the compiler.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<TResult> ReadBatchAsync<TResult>(NpgsqlConnection connection, CommandDefinition command, BatchCall<TResult> call)
    {
        var batch = Batch(call.Query, call.Parameters, connection, command);
        await using (batch.ConfigureAwait(false))
        {
            // Rows buffered, as every read (RowReading.Behavior): no column getter reads the socket.
            var reader = await batch.ExecuteReaderAsync(command.CancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await call.Read(new ResultSets(reader, command.CancellationToken)).ConfigureAwait(false);
            }
        }
    }

    // What a batch needs besides the connection and the command, passed as RunAsync's state (a struct: no closure).
    private readonly record struct BatchCall<TResult>(SqlQuery Query, object? Parameters, Func<ResultSets, ValueTask<TResult>> Read);


    // A write announcing one change known before it runs: without listeners and outside a unit of work (the common case
    // with no cache) nothing follows the statement, so no async layer is added for it.
    private ValueTask<T> WriteAsync<T>(
        WriteQuery query,
        object? parameters,
        UnitOfWork? unit,
        Func<NpgsqlConnection, CommandDefinition, ValueTask<T>> action,
        DataChange change,
        CancellationToken cancellationToken) =>
        unit is null && _announcer.IsSilent
            ? RunAsync(query, parameters, unit: null, action, cancellationToken)
            : WriteAsync(query, parameters, unit, action, _ => change, cancellationToken);

    private ValueTask<T> WriteAsync<T>(
        WriteQuery query,
        object? parameters,
        UnitOfWork? unit,
        Func<NpgsqlConnection, CommandDefinition, ValueTask<T>> action,
        Func<T, DataChange> change,
        CancellationToken cancellationToken) =>
        WriteAsync(query, parameters, unit, action, Stateless, change, cancellationToken);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<T> WriteAsync<T, TState>(
        WriteQuery query,
        object? parameters,
        UnitOfWork? unit,
        TState state,
        Func<NpgsqlConnection, CommandDefinition, TState, ValueTask<T>> action,
        Func<T, DataChange> change,
        CancellationToken cancellationToken)
    {
        var result = await RunAsync(query, parameters, unit, state, action, cancellationToken).ConfigureAwait(false);
        if (unit is not null)
        {
            unit.Record(change(result));
        }
        else if (!_announcer.IsSilent)
        {
            await _announcer.AnnounceAsync(change(result), this).ConfigureAwait(false);
        }

        return result;
    }

    private ValueTask<T> RunAsync<T>(
        SqlQuery query,
        object? parameters,
        UnitOfWork? unit,
        Func<NpgsqlConnection, CommandDefinition, ValueTask<T>> action,
        CancellationToken cancellationToken) =>
        RunAsync(query, parameters, unit, action, Stateless, cancellationToken);

    // An action without state is its own: RunAsync's state-taking form calls it.
    private static ValueTask<T> Stateless<T>(NpgsqlConnection connection, CommandDefinition command, Func<NpgsqlConnection, CommandDefinition, ValueTask<T>> action) =>
        action(connection, command);

    // The statement's run with its retry and error translation. An action that needs more than the connection and the
    // command (a batch: its query, parameters and reader) takes it as state, so the call allocates no closure for it.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<T> RunAsync<T, TState>(
        SqlQuery query,
        object? parameters,
        UnitOfWork? unit,
        TState state,
        Func<NpgsqlConnection, CommandDefinition, TState, ValueTask<T>> action,
        CancellationToken cancellationToken)
    {
        if (unit is not null)
        {
            // Inside a unit of work: no retry of one statement (the unit retries as a whole), and errors
            // propagate untranslated to InTransactionAsync, which rolls back first and translates once.
            return await AttemptAsync(query, parameters, unit, state, action, cancellationToken).ConfigureAwait(false);
        }

        var retry = query is ReadQuery ? _readRetry : _writeRetry;
        var started = Stopwatch.GetTimestamp();
        try
        {
            try
            {
                return await AttemptAsync(query, parameters, unit: null, state, action, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (retry.ShouldRetry(e, started))
            {
                return await retry.RetryAsync(
                    static (call, token) => call.Executor.AttemptAsync(call.Query, call.Parameters, unit: null, call.State, call.Action, token).AsTask(),
                    (Executor: this, Query: query, Parameters: parameters, State: state, Action: action),
                    e,
                    started,
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (TryTranslate(e, query, out var translated))
        {
            throw translated;
        }
    }

    /// <summary>
    /// One attempt of one statement: one client span and one <c>db.client.operation.duration</c> measurement (seconds),
    /// as OpenTelemetry's database conventions name them, the connection's opening included (a call that fails to
    /// connect is seen in traces too); a failure sets the span's status and <c>error.type</c> on both (the SQLSTATE for a
    /// PostgreSQL error, also as <c>db.response.status_code</c>; else the exception type). Outside a unit of work the
    /// connection is opened here (on the server <see cref="ReadRouter"/> picks) and closed before the measurement ends.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<T> AttemptAsync<T, TState>(
        SqlQuery query,
        object? parameters,
        UnitOfWork? unit,
        TState state,
        Func<NpgsqlConnection, CommandDefinition, TState, ValueTask<T>> action,
        CancellationToken cancellationToken)
    {
        using var activity = TravelPlannerDiagnostics.ActivitySource.StartActivity(query.Name, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system.name", "postgresql");
            activity.SetTag("db.query.name", query.Name);
        }

        var started = Stopwatch.GetTimestamp();
        string? errorType = null;
        try
        {
            if (unit is not null)
            {
                return await action(unit.Connection, Command(query, parameters, unit.Transaction, cancellationToken), state).ConfigureAwait(false);
            }

            var connection = await OpenAsync(query as ReadQuery, parameters, cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                try
                {
                    if (query is WriteQuery)
                    {
                        await _idleProbe.EnsureAliveAsync(connection, cancellationToken).ConfigureAwait(false);
                    }

                    return await action(connection, Command(query, parameters, null, cancellationToken), state).ConfigureAwait(false);
                }
                catch (NpgsqlException e) when (ClearPoolIfConnectionLost(e, connection))
                {
                    throw;
                }
                catch (ConnectionDeadBeforeSendException) when (ClearPool())
                {
                    throw;
                }
                catch (InvalidOperationException e) when (connection.FullState.HasFlag(System.Data.ConnectionState.Broken)
                                                          || connection.State != System.Data.ConnectionState.Open)
                {
                    // A connection that broke while a multi-result read was between result sets surfaces in Npgsql as
                    // "The reader is closed" (InvalidOperationException), not as a network error (issue 14, item 7).
                    throw new ConnectionBrokenException(e);
                }
                finally
                {
                    _idleProbe.Touch(connection);
                }
            }
        }
        catch (Exception e)
        {
            var sqlState = (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState;
            errorType = sqlState ?? (e is ConnectionOpenException { InnerException: { } inner } ? inner : e).GetType().FullName;
            if (activity is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, e.Message);
                activity.SetTag("error.type", errorType);
                if (sqlState is not null)
                {
                    activity.SetTag("db.response.status_code", sqlState);
                }
            }

            throw;
        }
        finally
        {
            // Enabled: no tag list is built while nobody collects the metric.
            if (TravelPlannerDiagnostics.DbClientOperationDuration.Enabled)
            {
                var tags = new TagList
                {
                    { "db.system.name", "postgresql" },
                    { "db.query.name", query.Name },
                };
                if (errorType is not null)
                {
                    tags.Add("error.type", errorType);
                }

                TravelPlannerDiagnostics.DbClientOperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            }
        }
    }

    // A read outside a unit of work may go to a standby (ReadRouter); everything else opens on the primary. A ValueTask:
    // a connection from the pool is there at once, and a Task<NpgsqlConnection> would be allocated per call for nothing.
    private async ValueTask<NpgsqlConnection> OpenAsync(ReadQuery? read, object? parameters, CancellationToken cancellationToken)
    {
        try
        {
            return read is null
                ? await _router.OpenPrimaryAsync(cancellationToken).ConfigureAwait(false)
                : await _router.OpenForReadAsync(read, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e) when (e is not PostgresException && e.InnerException is TimeoutException
                                        && e.Message.StartsWith("The connection pool has been exhausted", StringComparison.Ordinal))
        {
            // Waiting for a free connection timed out: the server is fine, the pool is too small for the load (issue 14, item 5).
            var settings = new NpgsqlConnectionStringBuilder(_dataSource.ConnectionString);
            throw new ConnectionPoolExhaustedException(settings.MaxPoolSize, TimeSpan.FromSeconds(settings.Timeout), e);
        }
        catch (NpgsqlException e)
        {
            throw new ConnectionOpenException(e);
        }
    }

    /// <summary>
    /// A connection that died under a statement (backend terminated, server restarted) rarely dies alone: its idle
    /// siblings in the pool are usually dead too. Dropping them at once means the retry, and the next calls, open
    /// fresh connections instead of finding the others one failure at a time. A write that met a dead connection
    /// is not retried (the server may or may not have applied it: the error says the outcome is unknown); the pool is
    /// not probed before each write because the only probe Npgsql offers (<c>WaitAsync</c> with a timeout) costs at
    /// least a millisecond per write, and tens under load (docs/benchmarks.md). Always false: only a side effect.
    /// </summary>
    // A pooled connection found dead before anything was sent: its idle siblings most likely died with it. Always false.
    private bool ClearPool()
    {
        _dataSource.Clear();
        return false;
    }

    private bool ClearPoolIfConnectionLost(NpgsqlException e, NpgsqlConnection connection)
    {
        if (connection.FullState.HasFlag(System.Data.ConnectionState.Broken)
            || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow })
        {
            _dataSource.Clear();
        }

        return false;
    }

    // With standbys, a statement bound to the primary (query null: a unit of work) that could not reach it, or lost it
    // mid-flight, is one typed error; everything else as PostgresErrorTranslator says.
    private bool TryTranslate(Exception e, SqlQuery? query, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Exception? translated)
    {
        var error = e is ConnectionOpenException { InnerException: { } inner } ? inner : e;
        if (_router.IsReplicated
            && query is not ReadQuery { OnPrimary: false }
            && error is NpgsqlException and not PostgresException
            && error.InnerException is not (TimeoutException or OperationCanceledException))
        {
            translated = new PrimaryUnavailableException(error);
            return true;
        }

        return PostgresErrorTranslator.TryTranslate(e, query?.Name, isWrite: query is not ReadQuery, out translated);
    }

    // The statements of a query as one NpgsqlBatch on the connection, each bound by position, with what Command() put on
    // the definition: the transaction of a unit of work and the timeout.
    private static NpgsqlBatch Batch(SqlQuery query, object? parameters, NpgsqlConnection connection, CommandDefinition command)
    {
        var batch = new NpgsqlBatch(connection, (NpgsqlTransaction?)command.Transaction);
        if (command.CommandTimeout is { } timeout)
        {
            batch.Timeout = timeout;
        }

        // By index: a foreach over the IReadOnlyList would box its enumerator on every call.
        var statements = query.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var batchCommand = new NpgsqlBatchCommand(statement.Text);
            PositionalParameters.AddTo(batchCommand.Parameters, statement, parameters);
            batch.BatchCommands.Add(batchCommand);
        }

        return batch;
    }

    // A single statement is sent in its positional form (PositionalSql: Npgsql neither parses nor rewrites it per call).
    // A batch goes out as an NpgsqlBatch (Batch), which takes only the transaction, timeout and token from this
    // definition. Always CommandType.Text: left unset, Dapper takes a text without whitespace or punctuation ("analyze")
    // for the name of a stored procedure.
    private CommandDefinition Command(SqlQuery query, object? parameters, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        query.Positional is { } positional
            ? new(positional.Text, PositionalParameters.For(positional, parameters), transaction, _commandTimeoutSeconds, CommandType.Text, cancellationToken: cancellationToken)
            : new(query.Text, parameters, transaction, _commandTimeoutSeconds, CommandType.Text, cancellationToken: cancellationToken);
}
