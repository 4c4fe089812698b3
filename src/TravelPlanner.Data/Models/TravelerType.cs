using System.Text.Json.Serialization;

namespace TravelPlanner.Data.Models;

/// <summary>Who travels on an item; stored as <c>USER</c> or <c>COMPANION</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TravelerType>))]
public enum TravelerType
{
    /// <summary>The item's owner (a user account).</summary>
    User,

    /// <summary>One of the owner's travel-companion profiles.</summary>
    Companion,
}
