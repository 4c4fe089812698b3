using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Tests.Builders;

/// <summary>
/// Valid inputs for each item type (whole-second UTC instants, which PostgreSQL stores exactly);
/// change a field with <c>with</c>: <c>ItemInputs.Flight(trip.Id) with { Origin = "ord" }</c>.
/// </summary>
public static class ItemInputs
{
    public static readonly DateTime Start = new(2030, 7, 1, 9, 30, 0, DateTimeKind.Utc);

    public static FlightInput Flight(Guid? tripId = null, int hoursFromStart = 0) =>
        new("AA100", "ORD", "LHR", Start.AddHours(hoursFromStart), Start.AddHours(hoursFromStart + 8), tripId, "12A", "PNR123", "Window seat");

    public static HotelInput Hotel(Guid? tripId = null, int daysFromStart = 0) =>
        new("Savoy", Start.AddDays(daysFromStart), Start.AddDays(daysFromStart + 2), tripId, "Strand, London", "H-42", null);

    public static TransportationInput Transportation(Guid? tripId = null, int hoursFromStart = 0) =>
        new(TransportationType.Train, "London St Pancras", "Paris Nord", Start.AddHours(hoursFromStart), Start.AddHours(hoursFromStart + 2.5), tripId, "Eurostar", "ES-9", null);

    public static CarRentalInput CarRental(Guid? tripId = null, int daysFromStart = 0) =>
        new("Hertz", "LHR Terminal 5", "LHR Terminal 5", Start.AddDays(daysFromStart), Start.AddDays(daysFromStart + 3), tripId, "HZ-7", null);

    public static TravelEventInput Event(Guid? tripId = null, int hoursFromStart = 0) =>
        new("Proms", Start.AddHours(hoursFromStart), Start.AddHours(hoursFromStart + 3), tripId, "Royal Albert Hall", null);
}
