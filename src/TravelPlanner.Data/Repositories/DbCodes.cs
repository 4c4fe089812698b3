using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// The strings the schema's CHECK constraints hold for each enum. Dapper would send an enum as its
/// number, so enums always go to SQL through these; reading back, Dapper parses the names
/// case-insensitively.
/// </summary>
internal static class DbCodes
{
    public static string Of(TripPurpose purpose) => purpose switch
    {
        TripPurpose.Pleasure => "pleasure",
        TripPurpose.Business => "business",
        TripPurpose.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    public static string Of(TripFilter filter) => filter switch
    {
        TripFilter.Upcoming => "upcoming",
        TripFilter.Current => "current",
        TripFilter.Past => "past",
        TripFilter.All => "all",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };

    public static string Of(TransportationType type) => type switch
    {
        TransportationType.Train => "train",
        TransportationType.Bus => "bus",
        TransportationType.Ferry => "ferry",
        TransportationType.Shuttle => "shuttle",
        TransportationType.Taxi => "taxi",
        TransportationType.Subway => "subway",
        TransportationType.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(ItemType type) => type switch
    {
        ItemType.Flight => "FLIGHT",
        ItemType.Hotel => "HOTEL",
        ItemType.Transportation => "TRANSPORTATION",
        ItemType.CarRental => "CAR_RENTAL",
        ItemType.Event => "EVENT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(TravelerType type) => type switch
    {
        TravelerType.User => "USER",
        TravelerType.Companion => "COMPANION",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
