namespace TravelPlanner.Data.Models;

/// <summary>What every trip item's input has: the trip it goes into, if any (bound by the shared trip-item stack).</summary>
internal interface ITripItemInput
{
    /// <summary>One of the owner's trips, or null for a standalone item.</summary>
    Guid? TripId { get; }
}
