using System.Text.Json.Serialization;

namespace TravelPlanner.Data.Models;

/// <summary>
/// Which trips <see cref="Services.ITripService.GetUserTripsAsync"/> lists, relative to today's UTC date.
/// Every trip is in exactly one of <see cref="Upcoming"/>, <see cref="Current"/> and <see cref="Past"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TripFilter>))]
public enum TripFilter
{
    /// <summary>Departs today or later (<c>departureDate &gt;= today</c>).</summary>
    Upcoming,

    /// <summary>Departed before today and returns today or later (<c>departureDate &lt; today &lt;= returnDate</c>).</summary>
    Current,

    /// <summary>Returned before today (<c>returnDate &lt; today</c>).</summary>
    Past,

    /// <summary>Every trip.</summary>
    All,
}
