using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Car rentals: the definition the trip-item stack runs (<see cref="TripItemService{TItem, TInput}"/>).</summary>
internal sealed class CarRentalService(QueryExecutor executor)
    : TripItemService<CarRental, CarRentalInput>(executor, Queries, "carRental"), ICarRentalService
{
    private static readonly TripItemQueries Queries = TripItemQueries.For("car_rentals", "car_rental");

    protected override TripItemParameters Fields(CarRentalInput input)
    {
        var company = Validate.Required(input.Company, "company", 255);
        var pickupLocation = Validate.Required(input.PickupLocation, "pickupLocation", 255);
        var dropoffLocation = Validate.Required(input.DropoffLocation, "dropoffLocation", 255);
        var (pickup, dropoff) = Span(input.PickupDateTime, "pickupDateTime", input.DropoffDateTime, "dropoffDateTime");
        return new CarRentalParameters(
            Company: company,
            PickupLocation: pickupLocation,
            DropoffLocation: dropoffLocation,
            PickupDateTime: pickup,
            DropoffDateTime: dropoff,
            ConfirmationNumber: Validate.Optional(input.ConfirmationNumber, "confirmationNumber", 50),
            Notes: Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }

    private sealed record CarRentalParameters(string Company, string PickupLocation, string DropoffLocation, DateTime PickupDateTime, DateTime DropoffDateTime, string? ConfirmationNumber, string? Notes) : TripItemParameters;
}
