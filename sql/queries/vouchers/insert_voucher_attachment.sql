insert into voucher_attachments ("voucherId", "flightId", "travelerId", "travelerType", "amountUsed")
values (@VoucherId, @FlightId, @TravelerId, @TravelerType, @Amount)
returning id, "voucherId", "flightId", "travelerId", "travelerType", "amountUsed", "createdAt";
