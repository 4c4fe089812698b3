namespace TravelPlanner.Data.Sql;

/// <summary>
/// One SQL statement (or one batch) loaded from <c>sql/queries/&lt;area&gt;/&lt;name&gt;.sql</c>, declared
/// as a <see cref="ReadQuery"/> or a <see cref="WriteQuery"/> where a repository takes it from
/// <see cref="QueryCatalog"/>. The kind decides the retry rule (<see cref="Resilience.DatabaseRetry"/>) and
/// which executor methods accept it, so the rule is visible at the declaration and checked by the compiler.
/// </summary>
/// <param name="Name">Path-like name without extension, e.g. <c>trips/list_user_trips</c>; used in logs, traces and metrics.</param>
/// <param name="Text">The SQL text as sent: the file's, without its comments (<see cref="SqlComments"/>).</param>
internal abstract record SqlQuery(string Name, string Text)
{
    /// <summary>
    /// The statements in their positional form (<see cref="PositionalSql"/>: <c>$n</c> placeholders, bound without
    /// names), built once, here: one for a statement, several for a batch.
    /// </summary>
    public IReadOnlyList<PositionalSql> Statements { get; } = PositionalSql.Split(Text);

    /// <summary>The one statement's positional form; null for a batch.</summary>
    public PositionalSql? Positional => Statements is [var single] ? single : null;

    public sealed override string ToString() => Name;
}

/// <summary>A statement that only reads: a transient failure may be retried even after it reached the server.</summary>
/// <param name="Name">As on <see cref="SqlQuery"/>.</param>
/// <param name="Text">As on <see cref="SqlQuery"/>.</param>
/// <param name="OnPrimary">
/// Always read from the primary, never a standby (<see cref="QueryCatalog.ReadOnPrimary"/>): reads that must see every
/// commit and name no user whose writes could be tracked (a login by e-mail, the WAL position after a write).
/// </param>
internal sealed record ReadQuery(string Name, string Text, bool OnPrimary = false) : SqlQuery(Name, Text);

/// <summary>
/// A statement that writes or locks (<c>select ... for update</c> counts): retried only when the server
/// certainly did not apply it, and run through the executor's write methods, which announce what it changed.
/// </summary>
internal sealed record WriteQuery(string Name, string Text) : SqlQuery(Name, Text);

/// <summary>
/// A write to one owner's trips or trip items (a trip updated or deleted, an item added, changed, moved or deleted),
/// which binds the owner as <c>@UserId</c> and returns a row when it changed something. Its change reaches the owner
/// and everyone who may hold a copy of the owner's trips (the owner's audience), which the write reads in its own
/// round trip: <see cref="Announced"/> is <see cref="Alone"/> behind <c>trips/read_audience_before_write</c>
/// (<see cref="Repositories.QueryExecutor.WriteOwnerTripsAsync{T}"/> sends it when a listener is registered).
/// </summary>
/// <param name="Alone">The write as its file has it, sent when nobody listens.</param>
/// <param name="Announced">The sharing lock and the audience read, then the write: three result sets, one round trip.</param>
/// <param name="Changes">What the write changes for the owner and the audience: <see cref="Changes.ChangeKind.Trips"/> (a trip
/// or an item), or <see cref="Changes.ChangeKind.TripDetails"/> (who travels, or a companion profile shown in the details).</param>
/// <param name="OwnerAlso">What else it changes for the owner alone (<see cref="Changes.ChangeKind.Companions"/>: a companion
/// profile is also in the owner's companion list), or <see cref="Changes.ChangeKind.None"/>.</param>
internal sealed record OwnerTripsWrite(WriteQuery Alone, WriteQuery Announced, Changes.ChangeKind Changes, Changes.ChangeKind OwnerAlso);
