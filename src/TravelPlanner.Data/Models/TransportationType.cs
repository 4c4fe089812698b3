using System.Text.Json.Serialization;

namespace TravelPlanner.Data.Models;

/// <summary>Kind of a ground or sea transport leg; stored as the lower-case name (<c>train</c>, <c>bus</c>, ...).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransportationType>))]
public enum TransportationType
{
    /// <summary>Train.</summary>
    Train,

    /// <summary>Bus or coach.</summary>
    Bus,

    /// <summary>Ferry or boat.</summary>
    Ferry,

    /// <summary>Shuttle service.</summary>
    Shuttle,

    /// <summary>Taxi or ride share.</summary>
    Taxi,

    /// <summary>Subway or metro.</summary>
    Subway,

    /// <summary>Anything else.</summary>
    Other,
}
