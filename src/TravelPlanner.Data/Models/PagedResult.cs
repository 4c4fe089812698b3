namespace TravelPlanner.Data.Models;

/// <summary>One page of a longer list.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Items">The rows on this page (empty past the last page).</param>
/// <param name="Page">The 1-based page number asked for.</param>
/// <param name="Limit">The page size used (after capping).</param>
/// <param name="TotalCount">How many rows the whole list has, whatever the page.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int Limit, int TotalCount)
{
    /// <summary>How many pages of <see cref="Limit"/> rows the list fills (0 when it is empty).</summary>
    public int TotalPages => (int)((TotalCount + (long)Limit - 1) / Limit);
}
