-- pgbench -M prepared script: the seed's trip with details, TripService.getTripWithDetails as the seed runs it:
-- Trip.findByPk(tripId, { include: [flights, hotels, transportation, carRentals, events, companions] }), the
-- companions through TripCompanion. This is the one statement Sequelize v6 generates for it (findByPk on the primary
-- key adds no LIMIT, so no sub-query: every hasMany include is a LEFT OUTER JOIN on the trip, the belongsToMany a
-- nested join through trip_companions; every attribute selected under Sequelize's "include.attribute" aliases), with
-- the library's table and column names (sql/migrations): every column of each included table, as Sequelize selects
-- every model attribute (of the through table, the seed's five).
-- The seed checks the owner in JavaScript after the read, so the statement filters on the id alone. It reads less
-- than the library's batch (no airport names on flights, no item travellers, no invitation check), and returns the
-- product of the includes: 8 x 4 x 3 x 2 x 3 x 5 = 2,880 rows for the 20-item trip (-D TripId).
SELECT "Trip"."id", "Trip"."userId", "Trip"."name", "Trip"."departureDate", "Trip"."returnDate", "Trip"."purpose",
       "Trip"."description", "Trip"."createdAt", "Trip"."updatedAt", "flights"."id" AS "flights.id",
       "flights"."userId" AS "flights.userId", "flights"."tripId" AS "flights.tripId",
       "flights"."flightNumber" AS "flights.flightNumber", "flights"."origin" AS "flights.origin",
       "flights"."destination" AS "flights.destination",
       "flights"."departureDateTime" AS "flights.departureDateTime",
       "flights"."arrivalDateTime" AS "flights.arrivalDateTime", "flights"."seatNumber" AS "flights.seatNumber",
       "flights"."confirmationCode" AS "flights.confirmationCode", "flights"."notes" AS "flights.notes",
       "flights"."createdAt" AS "flights.createdAt", "flights"."updatedAt" AS "flights.updatedAt",
       "hotels"."id" AS "hotels.id", "hotels"."userId" AS "hotels.userId", "hotels"."tripId" AS "hotels.tripId",
       "hotels"."name" AS "hotels.name", "hotels"."address" AS "hotels.address",
       "hotels"."checkInDateTime" AS "hotels.checkInDateTime",
       "hotels"."checkOutDateTime" AS "hotels.checkOutDateTime",
       "hotels"."confirmationNumber" AS "hotels.confirmationNumber", "hotels"."notes" AS "hotels.notes",
       "hotels"."createdAt" AS "hotels.createdAt", "hotels"."updatedAt" AS "hotels.updatedAt",
       "transportation"."id" AS "transportation.id", "transportation"."userId" AS "transportation.userId",
       "transportation"."tripId" AS "transportation.tripId", "transportation"."type" AS "transportation.type",
       "transportation"."carrier" AS "transportation.carrier", "transportation"."origin" AS "transportation.origin",
       "transportation"."destination" AS "transportation.destination",
       "transportation"."departureDateTime" AS "transportation.departureDateTime",
       "transportation"."arrivalDateTime" AS "transportation.arrivalDateTime",
       "transportation"."confirmationNumber" AS "transportation.confirmationNumber",
       "transportation"."notes" AS "transportation.notes",
       "transportation"."createdAt" AS "transportation.createdAt",
       "transportation"."updatedAt" AS "transportation.updatedAt", "carRentals"."id" AS "carRentals.id",
       "carRentals"."userId" AS "carRentals.userId", "carRentals"."tripId" AS "carRentals.tripId",
       "carRentals"."company" AS "carRentals.company", "carRentals"."pickupLocation" AS "carRentals.pickupLocation",
       "carRentals"."dropoffLocation" AS "carRentals.dropoffLocation",
       "carRentals"."pickupDateTime" AS "carRentals.pickupDateTime",
       "carRentals"."dropoffDateTime" AS "carRentals.dropoffDateTime",
       "carRentals"."confirmationNumber" AS "carRentals.confirmationNumber",
       "carRentals"."notes" AS "carRentals.notes", "carRentals"."createdAt" AS "carRentals.createdAt",
       "carRentals"."updatedAt" AS "carRentals.updatedAt", "events"."id" AS "events.id",
       "events"."userId" AS "events.userId", "events"."tripId" AS "events.tripId", "events"."name" AS "events.name",
       "events"."location" AS "events.location", "events"."startDateTime" AS "events.startDateTime",
       "events"."endDateTime" AS "events.endDateTime", "events"."notes" AS "events.notes",
       "events"."createdAt" AS "events.createdAt", "events"."updatedAt" AS "events.updatedAt",
       "companions"."id" AS "companions.id", "companions"."createdBy" AS "companions.createdBy",
       "companions"."userId" AS "companions.userId", "companions"."name" AS "companions.name",
       "companions"."email" AS "companions.email", "companions"."dateOfBirth" AS "companions.dateOfBirth",
       "companions"."relationship" AS "companions.relationship", "companions"."createdAt" AS "companions.createdAt",
       "companions"."updatedAt" AS "companions.updatedAt",
       "companions->TripCompanion"."id" AS "companions.TripCompanion.id",
       "companions->TripCompanion"."tripId" AS "companions.TripCompanion.tripId",
       "companions->TripCompanion"."companionId" AS "companions.TripCompanion.companionId",
       "companions->TripCompanion"."createdAt" AS "companions.TripCompanion.createdAt",
       "companions->TripCompanion"."updatedAt" AS "companions.TripCompanion.updatedAt"
FROM "trips" AS "Trip"
LEFT OUTER JOIN "flights" AS "flights" ON "Trip"."id" = "flights"."tripId"
LEFT OUTER JOIN "hotels" AS "hotels" ON "Trip"."id" = "hotels"."tripId"
LEFT OUTER JOIN "transportation" AS "transportation" ON "Trip"."id" = "transportation"."tripId"
LEFT OUTER JOIN "car_rentals" AS "carRentals" ON "Trip"."id" = "carRentals"."tripId"
LEFT OUTER JOIN "events" AS "events" ON "Trip"."id" = "events"."tripId"
LEFT OUTER JOIN ( "trip_companions" AS "companions->TripCompanion" INNER JOIN "travel_companions" AS "companions"
    ON "companions"."id" = "companions->TripCompanion"."companionId") ON "Trip"."id" = "companions->TripCompanion"."tripId"
WHERE "Trip"."id" = :TripId;
