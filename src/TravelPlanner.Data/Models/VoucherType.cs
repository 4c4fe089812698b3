namespace TravelPlanner.Data.Models;

/// <summary>The values of <see cref="Voucher.Type"/>.</summary>
public static class VoucherType
{
    /// <summary>An airline voucher.</summary>
    public const string Flight = "FLIGHT";

    /// <summary>A hotel voucher.</summary>
    public const string Hotel = "HOTEL";

    /// <summary>A car-rental voucher.</summary>
    public const string CarRental = "CAR_RENTAL";

    /// <summary>A travel credit.</summary>
    public const string TravelCredit = "TRAVEL_CREDIT";

    /// <summary>A gift card.</summary>
    public const string GiftCard = "GIFT_CARD";

    /// <summary>Anything else.</summary>
    public const string General = "GENERAL";

    /// <summary>Every type, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Flight, Hotel, CarRental, TravelCredit, GiftCard, General];
}
