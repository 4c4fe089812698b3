namespace TravelPlanner.Data.Caching;

/// <summary>
/// A family of cached entries: one Redis hash per owner (<c>trips:user:{&lt;userId&gt;}</c>), one field per
/// query variant (<c>upcoming:1:20</c>), expiring <see cref="Ttl"/> after its first entry. Regions of one
/// <see cref="Group"/> are invalidated together by one write.
/// </summary>
/// <param name="Prefix">Key prefix, following the seed's scheme (<c>trips:user</c>, <c>airport:code</c>).</param>
/// <param name="Group">Invalidation group (<c>trips</c>, <c>companions</c>, <c>vouchers</c>, <c>airports</c>).</param>
/// <param name="Ttl">How long an entry may live at most.</param>
internal sealed record CacheRegion(string Prefix, string Group, TimeSpan Ttl);
