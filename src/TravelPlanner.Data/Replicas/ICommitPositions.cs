namespace TravelPlanner.Data.Replicas;

/// <summary>
/// Each user's last commit position (a WAL position on the primary), kept for read-your-writes: the user's reads go
/// to a standby only once it has replayed that far. Shared data (airports) is kept under <c>null</c>.
/// </summary>
internal interface ICommitPositions
{
    /// <summary>Raises the position of each of <paramref name="users"/> (of shared data when empty) to at least <paramref name="position"/>.</summary>
    Task RecordAsync(IReadOnlyCollection<Guid> users, ulong position);

    /// <summary>
    /// The position a server must have replayed before it may answer <paramref name="user"/> (shared data when null):
    /// 0 when nothing is recorded, <see cref="ulong.MaxValue"/> when it cannot be known (send the read to the primary).
    /// </summary>
    ValueTask<ulong> GetAsync(Guid? user);
}
