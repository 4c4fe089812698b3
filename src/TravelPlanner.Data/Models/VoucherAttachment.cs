namespace TravelPlanner.Data.Models;

/// <summary>An amount of a voucher used on a flight for one traveller.</summary>
/// <param name="Id">The attachment's id.</param>
/// <param name="VoucherId">The voucher.</param>
/// <param name="FlightId">The flight.</param>
/// <param name="TravelerId">The user or companion profile who travels.</param>
/// <param name="TravelerType"><c>USER</c> (the voucher's owner) or <c>COMPANION</c> (one of their companion profiles).</param>
/// <param name="AmountUsed">The amount taken from the voucher.</param>
/// <param name="CreatedAt">When it was attached (UTC).</param>
public sealed record VoucherAttachment(Guid Id, Guid VoucherId, Guid FlightId, Guid TravelerId, string TravelerType, decimal AmountUsed, DateTime CreatedAt);
