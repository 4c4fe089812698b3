using System.Text.Json.Serialization;

namespace TravelPlanner.Data.Models;

/// <summary>The five kinds of trip item; stored in <c>item_companions."itemType"</c> as <c>FLIGHT</c>, <c>HOTEL</c>, <c>TRANSPORTATION</c>, <c>CAR_RENTAL</c>, <c>EVENT</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemType>))]
public enum ItemType
{
    /// <summary>A <see cref="Models.Flight"/>.</summary>
    Flight,

    /// <summary>A <see cref="Models.Hotel"/> stay.</summary>
    Hotel,

    /// <summary>A <see cref="Models.Transportation"/> leg.</summary>
    Transportation,

    /// <summary>A <see cref="Models.CarRental"/>.</summary>
    CarRental,

    /// <summary>A <see cref="TravelEvent"/>.</summary>
    Event,
}
