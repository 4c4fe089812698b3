insert into voucher_attachments ("userId", "voucherId", "flightId", "travelerId", "travelerType", "amountUsed")
values (@UserId, @VoucherId, @FlightId, @TravelerId, @TravelerType, @Amount)
returning id, "voucherId", "flightId", "travelerId", "travelerType", "amountUsed", "createdAt";
