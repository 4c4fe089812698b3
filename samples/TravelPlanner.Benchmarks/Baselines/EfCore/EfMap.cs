using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary>EF entities to the library's models, so all three contenders return the same results.</summary>
internal static class EfMap
{
    public static Trip Trip(EfTrip t) => new(
        t.Id, t.UserId, t.Name, t.DepartureDate, t.ReturnDate, Enum.Parse<TripPurpose>(t.Purpose, ignoreCase: true), t.Description, t.CreatedAt, t.UpdatedAt);

    public static Hotel Hotel(EfHotel h) => new(
        h.Id, h.UserId, h.TripId, h.Name, h.Address, h.CheckInDateTime, h.CheckOutDateTime, h.ConfirmationNumber, h.Notes, h.CreatedAt, h.UpdatedAt);

    public static Transportation Transportation(EfTransportation x) => new(
        x.Id, x.UserId, x.TripId, Enum.Parse<TransportationType>(x.Type, ignoreCase: true), x.Carrier, x.Origin, x.Destination,
        x.DepartureDateTime, x.ArrivalDateTime, x.ConfirmationNumber, x.Notes, x.CreatedAt, x.UpdatedAt);

    public static CarRental CarRental(EfCarRental c) => new(
        c.Id, c.UserId, c.TripId, c.Company, c.PickupLocation, c.DropoffLocation, c.PickupDateTime, c.DropoffDateTime,
        c.ConfirmationNumber, c.Notes, c.CreatedAt, c.UpdatedAt);

    public static TravelEvent Event(EfEvent e) => new(
        e.Id, e.UserId, e.TripId, e.Name, e.Location, e.StartDateTime, e.EndDateTime, e.Notes, e.CreatedAt, e.UpdatedAt);

    public static Airport Airport(EfAirport a) => new(a.Iata, a.Icao, a.Name, a.City, a.Country, a.Latitude, a.Longitude, a.Timezone);

    public static Voucher Voucher(EfVoucher v) => new(
        v.Id, v.UserId, v.Type, v.Issuer, v.VoucherNumber, v.AssociatedAccount, v.Currency, v.TotalValue, v.UsedAmount, v.Status,
        v.ExpirationDate, v.ParentVoucherId, v.Notes, v.CreatedAt, v.UpdatedAt);

    public static VoucherAttachment Attachment(EfVoucherAttachment a) => new(
        a.Id, a.VoucherId, a.FlightId, a.TravelerId, a.TravelerType, a.AmountUsed, a.CreatedAt);
}
