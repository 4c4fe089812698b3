using System.Text.Json.Serialization;

namespace TravelPlanner.Data.Models;

/// <summary>Why a trip is made; stored as the lower-case name (<c>pleasure</c>, <c>business</c>, <c>other</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TripPurpose>))]
public enum TripPurpose
{
    /// <summary>Holiday or leisure (the default).</summary>
    Pleasure,

    /// <summary>Work travel.</summary>
    Business,

    /// <summary>Anything else.</summary>
    Other,
}
