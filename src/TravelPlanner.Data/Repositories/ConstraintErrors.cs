using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Npgsql;
using TravelPlanner.Data.Errors;

namespace TravelPlanner.Data.Repositories;

/// <summary>What each named constraint of the schema means to a caller: the field and the typed error.</summary>
internal static class ConstraintErrors
{
    private enum Kind
    {
        Validation,
        Conflict,
        NotFound,
    }

    private static readonly FrozenDictionary<string, (Kind Kind, string Field, string Message)> Map =
        new Dictionary<string, (Kind, string, string)>(StringComparer.Ordinal)
        {
            ["users_email_key"] = (Kind.Conflict, "email", "An account with this e-mail already exists."),
            ["users_email_normalised"] = (Kind.Validation, "email", "must be a lower-case e-mail address."),
            ["users_first_name_not_blank"] = (Kind.Validation, "firstName", "is required."),
            ["users_last_name_not_blank"] = (Kind.Validation, "lastName", "is required."),
            ["trips_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["trips_return_date_not_before_departure"] = (Kind.Validation, "returnDate", "must not be before departureDate."),
            ["trips_purpose_check"] = (Kind.Validation, "purpose", "must be pleasure, business or other."),
            ["trips_name_not_blank"] = (Kind.Validation, "name", "is required."),
            ["flights_trip_id_fkey"] = (Kind.NotFound, "trip", string.Empty),
            ["hotels_trip_id_fkey"] = (Kind.NotFound, "trip", string.Empty),
            ["transportation_trip_id_fkey"] = (Kind.NotFound, "trip", string.Empty),
            ["car_rentals_trip_id_fkey"] = (Kind.NotFound, "trip", string.Empty),
            ["events_trip_id_fkey"] = (Kind.NotFound, "trip", string.Empty),
            ["flights_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["hotels_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["transportation_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["car_rentals_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["events_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["flights_arrival_after_departure"] = (Kind.Validation, "arrivalDateTime", "must be after departureDateTime."),
            ["transportation_arrival_after_departure"] = (Kind.Validation, "arrivalDateTime", "must be after departureDateTime."),
            ["hotels_check_out_after_check_in"] = (Kind.Validation, "checkOutDateTime", "must be after checkInDateTime."),
            ["car_rentals_dropoff_after_pickup"] = (Kind.Validation, "dropoffDateTime", "must be after pickupDateTime."),
            ["events_end_not_before_start"] = (Kind.Validation, "endDateTime", "must not be before startDateTime."),
            ["transportation_type_check"] = (Kind.Validation, "type", "must be train, bus, ferry, shuttle, taxi, subway or other."),
            ["travel_companions_created_by_email_key"] = (Kind.Conflict, "email", "You already have a companion with this e-mail."),
            ["travel_companions_email_format"] = (Kind.Validation, "email", "must be an e-mail address."),
            ["travel_companions_name_not_blank"] = (Kind.Validation, "name", "is required."),
            ["travel_companions_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["travel_companions_created_by_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["companion_relationships_companion_id_fkey"] = (Kind.NotFound, "companion", string.Empty),
            ["companion_relationships_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["trip_companions_trip_id_companion_id_key"] = (Kind.Conflict, "companionId", "The companion is already on this trip."),
            ["trip_companions_trip_id_fkey"] = (Kind.NotFound, "trip", string.Empty),
            ["trip_companions_companion_id_fkey"] = (Kind.NotFound, "companion", string.Empty),
            ["companion_relationships_companion_id_user_id_key"] = (Kind.Conflict, "userId", "The companion is already linked to this account."),
            ["item_companions_item_traveler_key"] = (Kind.Conflict, "travelerId", "The traveller is already assigned to this item."),
            ["item_companions_item_type_check"] = (Kind.Validation, "itemType", "must be FLIGHT, HOTEL, TRANSPORTATION, CAR_RENTAL or EVENT."),
            ["item_companions_traveler_type_check"] = (Kind.Validation, "travelerType", "must be USER or COMPANION."),
            ["vouchers_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["vouchers_parent_voucher_id_fkey"] = (Kind.NotFound, "voucher", string.Empty),
            ["vouchers_voucher_number"] = (Kind.Conflict, "voucherNumber", "This voucher number is already registered."),
            ["vouchers_type_check"] = (Kind.Validation, "type", "must be FLIGHT, HOTEL, CAR_RENTAL, TRAVEL_CREDIT, GIFT_CARD or GENERAL."),
            ["vouchers_status_check"] = (Kind.Validation, "status", "must be OPEN, PARTIALLY_USED, USED, EXPIRED or TRANSFERRED."),
            ["vouchers_currency_format"] = (Kind.Validation, "currency", "must be a three-letter ISO 4217 code."),
            ["vouchers_total_value_non_negative"] = (Kind.Validation, "totalValue", "must not be negative."),
            ["vouchers_used_amount_non_negative"] = (Kind.Validation, "usedAmount", "must not be negative."),
            ["vouchers_used_amount_within_total"] = (Kind.Validation, "amount", "exceeds the voucher's remaining balance."),
            ["vouchers_issuer_not_blank"] = (Kind.Validation, "issuer", "is required."),
            ["vouchers_voucher_number_not_blank"] = (Kind.Validation, "voucherNumber", "is required."),
            ["voucher_attachments_voucher_id_fkey"] = (Kind.Conflict, "voucherId", "The voucher has attachments and cannot be deleted."),
            ["voucher_attachments_flight_id_fkey"] = (Kind.NotFound, "flight", string.Empty),
            ["voucher_attachments_amount_used_positive"] = (Kind.Validation, "amount", "must be greater than zero."),
            ["voucher_attachments_traveler_type_check"] = (Kind.Validation, "travelerType", "must be USER or COMPANION."),
            ["trip_invitations_trip_id_invited_user_id_live_key"] = (Kind.Conflict, "invitedUserId", "This user already has a pending or accepted invitation to the trip."),
            ["trip_invitations_no_self_invite"] = (Kind.Validation, "invitedUserId", "You cannot invite yourself."),
            ["trip_invitations_status_check"] = (Kind.Validation, "status", "must be pending, accepted or declined."),
            ["trip_invitations_trip_id_fkey"] = (Kind.NotFound, "trip", string.Empty),
            ["trip_invitations_invited_user_id_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["trip_invitations_invited_by_fkey"] = (Kind.NotFound, "user", string.Empty),
            ["airports_iata_format"] = (Kind.Validation, "iata", "must be three upper-case letters."),
            ["airports_icao_format"] = (Kind.Validation, "icao", "must be four upper-case letters or digits."),
            ["airports_latitude_range"] = (Kind.Validation, "latitude", "must be between -90 and 90."),
            ["airports_longitude_range"] = (Kind.Validation, "longitude", "must be between -180 and 180."),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The typed error for a violation of <paramref name="constraint"/>, if the constraint is known.</summary>
    public static bool TryGet(string constraint, PostgresException error, [NotNullWhen(true)] out Exception? mapped)
    {
        if (!Map.TryGetValue(constraint, out var entry) && !Map.TryGetValue(WithoutShardSuffix(constraint), out entry))
        {
            mapped = null;
            return false;
        }

        mapped = entry.Kind switch
        {
            Kind.Validation => new ValidationException(entry.Field, entry.Message, error),
            Kind.Conflict => new ConflictException(entry.Message, entry.Field, error),
            _ => new NotFoundException(entry.Field, null, error),
        };
        return true;
    }

    /// <summary>The constraint a message names (<c>... violates foreign key constraint "name"</c>), or null.</summary>
    public static string? NamedIn(string message)
    {
        const string marker = "constraint \"";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += marker.Length;
        var end = message.IndexOf('"', start);
        return end > start ? message[start..end] : null;
    }

    // On a Citus cluster a worker reports a shard's constraint, named like the table's with "_<shard id>"
    // appended (flights_trip_id_fkey_102063); the name before it is the schema's.
    private static string WithoutShardSuffix(string constraint)
    {
        var underscore = constraint.LastIndexOf('_');
        return underscore > 0 && underscore < constraint.Length - 1 && constraint.AsSpan(underscore + 1).IndexOfAnyExceptInRange('0', '9') < 0
            ? constraint[..underscore]
            : constraint;
    }
}
