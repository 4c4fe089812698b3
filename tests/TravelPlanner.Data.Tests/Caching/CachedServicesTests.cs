using Dapper;
using Npgsql;
using StackExchange.Redis;
using StackExchange.Redis.Profiling;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.ReferenceData;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Sql;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using static TravelPlanner.Data.Tests.Caching.CacheProbe;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>The cache decorators as a host gets them from <c>AddTravelPlannerData</c>: hits, keys, TTLs, invalidation.</summary>
public abstract class CachedServicesTests(AirportDatabase airports, ICacheServer redis) : IClassFixture<AirportDatabase>, IAsyncLifetime
{
    private TestServices _services = null!;
    private ConnectionMultiplexer _connection = null!;
    private CacheProbe _probe = null!;

    private ITripService Trips => _services.Get<ITripService>();

    private ICompanionService Companions => _services.Get<ICompanionService>();

    private IVoucherService Vouchers => _services.Get<IVoucherService>();

    private IAirportService Airports => _services.Get<IAirportService>();

    private IItemCompanionService Travelers => _services.Get<IItemCompanionService>();

    public async ValueTask InitializeAsync()
    {
        _services = TestServices.CreateCached(airports.Database, redis);
        _connection = await redis.ConnectAsync();
        _probe = new CacheProbe(_connection, _services.KeyPrefix);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task A_second_read_of_every_cached_method_is_served_from_Redis_without_querying_PostgreSQL()
    {
        var user = await SeedUserAsync();
        var trip = (await Trips.GetUserTripsAsync(user)).Items.Single().Id;
        var reads = new (string Name, Func<Task<string>> Read)[]
        {
            ("trip list", async () => Json(await Trips.GetUserTripsAsync(user, TripFilter.Upcoming))),
            ("trip statistics", async () => Json(await Trips.GetTripStatisticsAsync(user))),
            ("trip details", async () => Json(await Trips.GetTripWithDetailsAsync(trip, user))),
            ("airport by code", async () => Json(await Airports.GetAirportByCodeAsync("ord"))),
            ("airport search", async () => Json(await Airports.SearchAirportsAsync("chicago", 5))),
            ("companions", async () => Json(await Companions.GetUserCompanionsAsync(user))),
            ("vouchers", async () => Json(await Vouchers.GetUserVouchersAsync(user))),
        };

        foreach (var (name, read) in reads)
        {
            var (first, firstCommands) = await CountingCommandsAsync(read);
            var (second, secondCommands) = await CountingCommandsAsync(read);

            Assert.True(firstCommands >= 1, $"{name}: the first read should load from PostgreSQL");
            Assert.True(secondCommands == 0, $"{name}: the second read ran {secondCommands} database command(s)");
            Assert.Equal(first, second);
        }
    }

    [Fact]
    public async Task Entries_live_for_the_seed_TTLs()
    {
        var user = await SeedUserAsync();
        await WarmAsync(user);
        await Airports.GetAirportByCodeAsync("LHR");
        await Airports.SearchAirportsAsync("london");

        var expected = new[]
        {
            (CacheScheme.TripLists, (Guid?)user, TimeSpan.FromMinutes(5)),
            (CacheScheme.TripStatistics, user, TimeSpan.FromMinutes(10)),
            (CacheScheme.TripDetails, user, TimeSpan.FromMinutes(5)),
            (CacheScheme.Companions, user, TimeSpan.FromMinutes(5)),
            (CacheScheme.Vouchers, user, TimeSpan.FromMinutes(5)),
            (CacheScheme.AirportByCode, null, TimeSpan.FromHours(24)),
            (CacheScheme.AirportSearch, null, TimeSpan.FromHours(24)),
        };
        foreach (var (region, owner, ttl) in expected)
        {
            var left = await _probe.TimeToLiveAsync(region, owner);
            Assert.True(left is { } l && l <= ttl && l > ttl - TimeSpan.FromMinutes(1), $"{region.Prefix}: TTL {left}, expected about {ttl}");
        }
    }

    [Fact]
    public async Task Keys_follow_the_seed_scheme_and_a_group_shares_one_cluster_slot()
    {
        var user = await SeedUserAsync();
        await Trips.GetUserTripsAsync(user, TripFilter.Upcoming, page: 1, limit: 20);
        await Trips.GetTripStatisticsAsync(user);
        await Airports.GetAirportByCodeAsync(" ord ");
        await Airports.SearchAirportsAsync("Chicago", 10);

        var prefix = _services.KeyPrefix;
        Assert.Equal($"{prefix}trips:user:{{{user}}}", (string)_probe.Key(CacheScheme.TripLists, user)!);
        Assert.Equal(["upcoming:1:20:2030-06-15"], (await _probe.EntriesAsync(CacheScheme.TripLists, user)).Select(e => (string)e.Name!));
        Assert.Equal(["2030-06-15"], (await _probe.EntriesAsync(CacheScheme.TripStatistics, user)).Select(e => (string)e.Name!));
        Assert.Contains("ORD", (await _probe.EntriesAsync(CacheScheme.AirportByCode, null)).Select(e => (string)e.Name!));
        Assert.Contains("chicago:10", (await _probe.EntriesAsync(CacheScheme.AirportSearch, null)).Select(e => (string)e.Name!));

        foreach (var group in new[] { CacheScheme.TripsGroup, CacheScheme.AirportsGroup })
        {
            var owner = group == CacheScheme.AirportsGroup ? null : user.ToString();
            var keys = CacheScheme.InGroup(group).Select(r => CacheScheme.EntriesKey(r, owner)).Append(CacheScheme.VersionKey(group, owner));
            Assert.Single(keys.Select(k => _connection.HashSlot(prefix + (string)k!)).Distinct());
        }
    }

    private static readonly string[] Lists = [CacheScheme.TripLists.Prefix, CacheScheme.TripStatistics.Prefix];
    private static readonly string[] Details = [CacheScheme.TripDetails.Prefix];
    private static readonly string[] AllTrips = [.. Lists, .. Details];
    private static readonly string[] CompanionList = [CacheScheme.Companions.Prefix];
    private static readonly string[] VoucherList = [CacheScheme.Vouchers.Prefix];

    // The regions (by key prefix) each write drops for its user: a new trip changes no existing trip's details; who travels
    // and what a companion profile says show in the details alone (and a profile in the companion list).
    public static TheoryData<string, string[]> Writes => new()
    {
        { "create trip", Lists },
        { "update trip", AllTrips },
        { "delete trip", AllTrips },
        { "create flight", AllTrips },
        { "update hotel", AllTrips },
        { "delete flight", AllTrips },
        { "create companion", CompanionList },
        { "update companion", [.. CompanionList, .. Details] },
        { "delete companion", [.. CompanionList, .. Details] },
        { "link companion", [.. CompanionList, .. Details] },
        { "add companion to trip", Details },
        { "remove companion from trip", Details },
        { "assign traveller", Details },
        { "unassign traveller", Details },
        { "create voucher", VoucherList },
        { "update voucher", VoucherList },
        { "delete voucher", VoucherList },
        { "attach voucher", VoucherList },
        { "refused attach voucher", [] },
        { "reissue voucher", VoucherList },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Each_write_drops_exactly_the_documented_regions_of_its_user(string write, string[] dropped)
    {
        var actor = await SeedUserAsync();
        var bystander = await SeedUserAsync();
        await PrepareAsync(write, actor);
        await WarmAsync(actor);
        await WarmAsync(bystander);
        var everything = await _probe.PresentAsync(actor);
        Assert.Equal(5, everything.Count);

        await WriteAsync(write, actor);

        var expected = everything.Where(r => !dropped.Contains(r.Prefix)).ToHashSet();
        Assert.Equal(expected.Select(r => r.Prefix).Order(), (await _probe.PresentAsync(actor)).Select(r => r.Prefix).Order());
        Assert.Equal(5, (await _probe.PresentAsync(bystander)).Count);
        // Whatever was kept carries the group's new version, so a read that misses there stores again.
        foreach (var region in expected)
        {
            Assert.Equal(await _probe.VersionAsync(region, actor), await _probe.VersionCopyAsync(region, actor));
        }
    }

    [Fact]
    public async Task An_owners_changes_to_who_travels_reach_the_cached_trip_details_of_the_owner_and_an_accepted_invitee()
    {
        var (owner, invitee, trip, _) = await SharedTripAsync();
        var companion = (await Companions.GetUserCompanionsAsync(owner)).Items.Single();
        var flight = (await Trips.GetTripWithDetailsAsync(trip, owner)).Flights.Single().Id;

        async Task<IReadOnlyList<TripDetails>> ReadBothAsync() =>
            [await Trips.GetTripWithDetailsAsync(trip, owner), await Trips.GetTripWithDetailsAsync(trip, invitee)];

        Assert.All(await ReadBothAsync(), d => Assert.Empty(d.Companions));
        Assert.True(await _probe.ExistsAsync(CacheScheme.TripDetails, invitee));

        await Companions.AddCompanionToTripAsync(companion.Id, trip, owner);
        Assert.All(await ReadBothAsync(), d => Assert.Equal(companion.Name, d.Companions.Single().Name));

        await Companions.UpdateCompanionAsync(companion.Id, new CompanionDetails("Renamed companion"), owner);
        Assert.All(await ReadBothAsync(), d => Assert.Equal("Renamed companion", d.Companions.Single().Name));

        await Travelers.AssignTravelerAsync(ItemType.Flight, flight, TravelerType.Companion, companion.Id, owner);
        Assert.All(await ReadBothAsync(), d => Assert.Equal("Renamed companion", d.ItemCompanions.Single().TravelerName));

        await Travelers.UnassignTravelerAsync(ItemType.Flight, flight, TravelerType.Companion, companion.Id, owner);
        Assert.All(await ReadBothAsync(), d => Assert.Empty(d.ItemCompanions));

        await Companions.RemoveCompanionFromTripAsync(companion.Id, trip, owner);
        Assert.All(await ReadBothAsync(), d => Assert.Empty(d.Companions));

        var before = (await Trips.GetTripWithDetailsAsync(trip, owner)).Trip;
        await Trips.UpdateTripAsync(trip, new UpdateTrip("Renamed trip", before.DepartureDate, before.ReturnDate, before.Purpose), owner);
        Assert.All(await ReadBothAsync(), d => Assert.Equal("Renamed trip", d.Trip.Name));
    }

    [Fact]
    public async Task A_change_to_who_travels_reads_its_audience_in_its_own_round_trip()
    {
        var (owner, invitee, trip, _) = await SharedTripAsync();
        var companion = (await Companions.GetUserCompanionsAsync(owner)).Items.Single();
        Assert.Empty((await Trips.GetTripWithDetailsAsync(trip, invitee)).Companions);

        using (var counter = new NpgsqlCommandCounter(new NpgsqlConnectionStringBuilder(airports.Database.ConnectionString).Database!))
        {
            await Companions.AddCompanionToTripAsync(companion.Id, trip, owner);
            Assert.Equal(1, counter.Count); // the lock, the audience and the insert, batched
        }

        Assert.Single((await Trips.GetTripWithDetailsAsync(trip, invitee)).Companions);
    }

    [Fact]
    public async Task A_revoked_invitation_drops_the_invitees_cached_trip_details()
    {
        var (owner, invitee, trip, invitation) = await SharedTripAsync();
        Assert.True((await Trips.GetTripWithDetailsAsync(trip, invitee)).IsShared);
        Assert.True(await _probe.ExistsAsync(CacheScheme.TripDetails, invitee));

        await _services.Get<ITripInvitationService>().RevokeAsync(invitation, owner);

        await Assert.ThrowsAsync<NotFoundException>(() => Trips.GetTripWithDetailsAsync(trip, invitee));
    }

    [Fact]
    public async Task An_airport_import_that_renames_an_airport_drops_the_cached_details_of_every_trip_flying_there()
    {
        var (owner, invitee, trip, _) = await SharedTripAsync(); // the owner's flight: ORD to LHR
        var bystander = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var elsewhere = await TripBuilder.For(bystander).CreateAsync(Trips);
        await _services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(elsewhere.Id) with { Origin = "CDG", Destination = "FRA" }, bystander);
        var shipped = (await Airports.GetAirportByCodeAsync("ORD")).Name;
        await using (var edit = airports.Database.DataSource.CreateCommand("update airports set name = 'Edited by hand' where iata = 'ORD'"))
        {
            await edit.ExecuteNonQueryAsync();
        }

        foreach (var reader in new[] { owner, invitee })
        {
            Assert.Equal("Edited by hand", (await Trips.GetTripWithDetailsAsync(trip, reader)).Flights.Single().OriginName);
        }

        await Trips.GetTripWithDetailsAsync(elsewhere.Id, bystander);

        await _services.Get<AirportImporter>().ImportAsync();

        foreach (var reader in new[] { owner, invitee })
        {
            Assert.Equal(shipped, (await Trips.GetTripWithDetailsAsync(trip, reader)).Flights.Single().OriginName);
        }

        Assert.True(await _probe.ExistsAsync(CacheScheme.TripDetails, bystander)); // no flight of theirs names ORD
    }

    [Fact]
    public async Task A_trip_created_keeps_the_cached_details_of_the_owners_trips_and_a_details_miss_after_it_stores_again()
    {
        var owner = await SeedUserAsync();
        var first = (await Trips.GetUserTripsAsync(owner)).Items.Single().Id;
        var cached = Json(await Trips.GetTripWithDetailsAsync(first, owner));

        var second = await TripBuilder.For(owner).CreateAsync(Trips);

        Assert.Equal(2, (await Trips.GetUserTripsAsync(owner)).Items.Count);
        var (hit, commands) = await CountingCommandsAsync(async () => Json(await Trips.GetTripWithDetailsAsync(first, owner)));
        Assert.Equal((cached, 0), (hit, commands));
        await Trips.GetTripWithDetailsAsync(second.Id, owner);
        Assert.Equal(2, (await _probe.EntriesAsync(CacheScheme.TripDetails, owner)).Length);
    }

    [Fact]
    public async Task An_owners_changes_reach_the_cached_trip_list_of_an_accepted_invitee()
    {
        var owner = await SeedUserAsync();
        var invitee = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var trip = (await Trips.GetUserTripsAsync(owner)).Items.Single();
        var invitations = _services.Get<ITripInvitationService>();
        var invitation = await invitations.InviteAsync(trip.Id, invitee, owner);
        Assert.Empty((await Trips.GetUserTripsAsync(invitee)).Items);

        await invitations.AcceptAsync(invitation.Id, invitee);
        Assert.True((await Trips.GetUserTripsAsync(invitee)).Items.Single().IsShared);

        await Trips.UpdateTripAsync(trip.Id, new UpdateTrip("Renamed", trip.DepartureDate, trip.ReturnDate, trip.Purpose), owner);
        Assert.Equal("Renamed", (await Trips.GetUserTripsAsync(invitee)).Items.Single().Name);

        await _services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), owner);
        Assert.Equal(2, (await Trips.GetUserTripsAsync(invitee)).Items.Single().HotelCount); // the seeded hotel and this one

        await Trips.DeleteTripAsync(trip.Id, owner);
        Assert.Empty((await Trips.GetUserTripsAsync(invitee)).Items);
    }

    [Fact]
    public async Task A_write_to_an_owners_trips_reads_its_audience_in_its_own_round_trip()
    {
        var owner = await SeedUserAsync();
        var invitee = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var trip = (await Trips.GetUserTripsAsync(owner)).Items.Single();
        var invitations = _services.Get<ITripInvitationService>();
        await invitations.AcceptAsync((await invitations.InviteAsync(trip.Id, invitee, owner)).Id, invitee);
        Assert.Single((await Trips.GetUserTripsAsync(invitee)).Items);

        using (var counter = new NpgsqlCommandCounter(new NpgsqlConnectionStringBuilder(airports.Database.ConnectionString).Database!))
        {
            await Trips.UpdateTripAsync(trip.Id, new UpdateTrip("One round trip", trip.DepartureDate, trip.ReturnDate, trip.Purpose), owner);
            Assert.Equal(1, counter.Count); // the lock, the audience and the update, batched; no read after the commit
        }

        Assert.Equal("One round trip", (await Trips.GetUserTripsAsync(invitee)).Items.Single().Name);
    }

    [Fact]
    public async Task A_write_to_a_shared_trip_drops_its_audiences_lists_in_one_script_on_one_server_and_one_per_user_on_a_cluster()
    {
        var owner = await SeedUserAsync();
        var invitees = new[] { (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id, (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id };
        var trip = (await Trips.GetUserTripsAsync(owner)).Items.Single();
        var invitations = _services.Get<ITripInvitationService>();
        foreach (var invitee in invitees)
        {
            await invitations.AcceptAsync((await invitations.InviteAsync(trip.Id, invitee, owner)).Id, invitee);
            Assert.Single((await Trips.GetUserTripsAsync(invitee)).Items);
        }

        await Trips.GetUserTripsAsync(owner);
        var session = new ProfilingSession();
        var library = _services.Get<IConnectionMultiplexer>();
        library.RegisterProfiler(() => session);
        await _services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), owner);
        library.RegisterProfiler(() => null);

        var scripts = session.FinishProfiling().Count(c => c.Command is "EVAL" or "EVALSHA");
        Assert.Equal(redis is RedisClusterFixture ? 3 : 1, scripts);
        foreach (var user in invitees.Append(owner))
        {
            Assert.DoesNotContain(CacheScheme.TripLists, await _probe.PresentAsync(user));
            Assert.Equal(2, (await Trips.GetUserTripsAsync(user)).Items.Single().HotelCount); // the seeded hotel and this one
        }
    }

    [Fact]
    public async Task An_invitation_waits_for_a_write_to_the_owners_trips_that_read_the_audience_without_it()
    {
        var owner = await SeedUserAsync();
        var invitee = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var trip = (await Trips.GetUserTripsAsync(owner)).Items.Single();
        var token = TestContext.Current.CancellationToken;
        await using var writer = await airports.Database.DataSource.OpenConnectionAsync(token);
        await using var write = await writer.BeginTransactionAsync(token);
        // What an announced write to the owner's trips sends before its statement: it has read the audience (nobody
        // yet) and has not committed.
        await RunBatchAsync(writer, write, QueryCatalog.ReadAudienceBeforeWrite.Text, new { UserId = owner });

        var invite = _services.Get<ITripInvitationService>().InviteAsync(trip.Id, invitee, owner, token);
        await WaitForSharingLockWaiterAsync(owner);
        Assert.False(invite.IsCompleted);

        await write.CommitAsync(token);
        Assert.Equal(invitee, (await invite).InvitedUserId);
    }

    [Fact]
    public async Task A_write_to_an_owners_trips_waits_for_an_invitation_in_flight_and_drops_that_invitees_cache()
    {
        var owner = await SeedUserAsync();
        var invitee = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var trip = (await Trips.GetUserTripsAsync(owner)).Items.Single();
        Assert.Empty((await Trips.GetUserTripsAsync(invitee)).Items);
        Assert.Contains(CacheScheme.TripLists, await _probe.PresentAsync(invitee));
        var token = TestContext.Current.CancellationToken;
        await using var inviter = await airports.Database.DataSource.OpenConnectionAsync(token);
        await using var invitation = await inviter.BeginTransactionAsync(token);
        await RunBatchAsync(inviter, invitation, QueryCatalog.Write("invitations/insert_invitation").Text, new { TripId = trip.Id, InvitedUserId = invitee, UserId = owner });

        var update = Trips.UpdateTripAsync(trip.Id, new UpdateTrip("After the invitation", trip.DepartureDate, trip.ReturnDate, trip.Purpose), owner, token);
        await WaitForSharingLockWaiterAsync(owner);
        Assert.False(update.IsCompleted);

        await invitation.CommitAsync(token);
        await update;
        // The write read its audience after the invitation committed: the (pending) invitee is in it.
        Assert.DoesNotContain(CacheScheme.TripLists, await _probe.PresentAsync(invitee));
    }

    [Fact]
    public async Task A_revoked_invitation_leaves_the_invitees_cached_trip_list()
    {
        var owner = await SeedUserAsync();
        var invitee = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var trip = (await Trips.GetUserTripsAsync(owner)).Items.Single();
        var invitations = _services.Get<ITripInvitationService>();
        var invitation = await invitations.InviteAsync(trip.Id, invitee, owner);
        await invitations.AcceptAsync(invitation.Id, invitee);
        Assert.Single((await Trips.GetUserTripsAsync(invitee)).Items);

        await invitations.RevokeAsync(invitation.Id, owner);

        Assert.Empty((await Trips.GetUserTripsAsync(invitee)).Items);
    }

    [Fact]
    public async Task An_airport_import_that_changes_rows_drops_the_cached_airports()
    {
        var shipped = await Airports.GetAirportByCodeAsync("ORD");
        await using (var edit = airports.Database.DataSource.CreateCommand("update airports set name = 'Edited by hand' where iata = 'ORD'"))
        {
            await edit.ExecuteNonQueryAsync();
        }

        Assert.Equal(shipped.Name, (await Airports.GetAirportByCodeAsync("ORD")).Name); // still the cached entry

        var result = await _services.Get<AirportImporter>().ImportAsync();

        Assert.Equal(1, result.Updated);
        Assert.False(await _probe.ExistsAsync(CacheScheme.AirportByCode, null));
        Assert.Equal(shipped, await Airports.GetAirportByCodeAsync("ORD"));
    }

    [Fact]
    public async Task The_cleanup_drops_the_cached_voucher_lists_of_the_owners_whose_vouchers_it_deleted()
    {
        var user = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var old = await VoucherBuilder.New().Expiring(new DateOnly(2030, 7, 1)).CreateAsync(Vouchers, user);
        _services.Clock.Advance(TimeSpan.FromDays(3 * 366));
        Assert.Equal(VoucherStatus.Expired, (await Vouchers.GetUserVouchersAsync(user)).Single(v => v.Id == old.Id).Status);

        var report = await _services.Get<IMaintenanceService>().CleanupAsync();

        Assert.True(report.VouchersDeleted >= 1);
        Assert.DoesNotContain(await Vouchers.GetUserVouchersAsync(user), v => v.Id == old.Id);
    }

    private async Task<(string Result, int Commands)> CountingCommandsAsync(Func<Task<string>> read)
    {
        using var counter = new NpgsqlCommandCounter(new NpgsqlConnectionStringBuilder(airports.Database.ConnectionString).Database!);
        var result = await read();
        return (result, counter.Count);
    }

    // A user with a trip holding a flight and a hotel, a companion and a voucher.
    private static async Task RunBatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object parameters)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: TestContext.Current.CancellationToken));
        while (await reader.NextResultAsync(TestContext.Current.CancellationToken))
        {
            // Every statement of the batch runs.
        }
    }

    // Until a session waits for the owner's sharing lock (class 1416651636, the owner's hash: trips/read_audience_before_write).
    private async Task WaitForSharingLockWaiterAsync(Guid owner)
    {
        await using var connection = await airports.Database.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var waiting = await connection.ExecuteScalarAsync<long>(
                """
                select count(*) from pg_locks
                where locktype = 'advisory' and not granted and classid = 1416651636 and objsubid = 2
                  and objid::text::bigint = (hashtext(@Owner::text)::bigint & 4294967295)
                """,
                new { Owner = owner });
            if (waiting > 0)
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail("Nobody waited for the owner's sharing lock within 10 s.");
    }

    // A seeded owner (SeedUserAsync) whose one trip another user was invited to and accepted.
    private async Task<(Guid Owner, Guid Invitee, Guid Trip, Guid Invitation)> SharedTripAsync()
    {
        var owner = await SeedUserAsync();
        var invitee = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var trip = (await Trips.GetUserTripsAsync(owner)).Items.Single().Id;
        var invitations = _services.Get<ITripInvitationService>();
        var invitation = await invitations.InviteAsync(trip, invitee, owner);
        await invitations.AcceptAsync(invitation.Id, invitee);
        return (owner, invitee, trip, invitation.Id);
    }

    private async Task<Guid> SeedUserAsync()
    {
        var user = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        var trip = await TripBuilder.For(user).CreateAsync(Trips);
        await _services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Id), user);
        await _services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), user);
        await CompanionBuilder.New().CreateAsync(Companions, user);
        await VoucherBuilder.New().CreateAsync(Vouchers, user);
        return user;
    }

    private async Task WarmAsync(Guid user)
    {
        await Trips.GetTripWithDetailsAsync((await Trips.GetUserTripsAsync(user)).Items.Single().Id, user);
        await Trips.GetUserTripsAsync(user);
        await Trips.GetTripStatisticsAsync(user);
        await Companions.GetUserCompanionsAsync(user);
        await Vouchers.GetUserVouchersAsync(user);
    }

    // What a write needs in place before the cache is warmed: a traveller to unassign, a companion on the trip to remove.
    private async Task PrepareAsync(string write, Guid user)
    {
        var trip = await Trips.GetTripWithDetailsAsync((await Trips.GetUserTripsAsync(user)).Items.Single().Id, user);
        var companion = (await Companions.GetUserCompanionsAsync(user)).Items.Single();
        switch (write)
        {
            case "remove companion from trip": await Companions.AddCompanionToTripAsync(companion.Id, trip.Trip.Id, user); break;
            case "unassign traveller": await Travelers.AssignTravelerAsync(ItemType.Flight, trip.Flights.Single().Id, TravelerType.Companion, companion.Id, user); break;
        }
    }

    private async Task WriteAsync(string write, Guid user)
    {
        var trip = (await Trips.GetTripWithDetailsAsync((await Trips.GetUserTripsAsync(user)).Items.Single().Id, user));
        var companion = (await Companions.GetUserCompanionsAsync(user)).Items.Single();
        var voucher = (await Vouchers.GetUserVouchersAsync(user)).Single();
        var flight = trip.Flights.Single();
        switch (write)
        {
            case "create trip": await TripBuilder.For(user).CreateAsync(Trips); break;
            case "update trip": await Trips.UpdateTripAsync(trip.Trip.Id, new UpdateTrip("New name", trip.Trip.DepartureDate, trip.Trip.ReturnDate, trip.Trip.Purpose), user); break;
            case "delete trip": await Trips.DeleteTripAsync(trip.Trip.Id, user); break;
            case "create flight": await _services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Trip.Id, hoursFromStart: 24), user); break;
            case "update hotel": await _services.Get<IHotelService>().UpdateAsync(trip.Hotels.Single().Id, ItemInputs.Hotel(tripId: null), user); break;
            case "delete flight": await _services.Get<IFlightService>().DeleteAsync(flight.Id, user); break;
            case "create companion": await CompanionBuilder.New().CreateAsync(Companions, user); break;
            case "update companion": await Companions.UpdateCompanionAsync(companion.Id, new CompanionDetails("Renamed"), user); break;
            case "delete companion": await Companions.DeleteCompanionAsync(companion.Id, user); break;
            case "link companion":
                var account = await UserBuilder.New().CreateAsync(_services.Get<IUserService>());
                await Companions.LinkCompanionToAccountAsync(companion.Id, account.Id, user);
                break;
            case "add companion to trip": await Companions.AddCompanionToTripAsync(companion.Id, trip.Trip.Id, user); break;
            case "remove companion from trip": await Companions.RemoveCompanionFromTripAsync(companion.Id, trip.Trip.Id, user); break;
            case "assign traveller": await Travelers.AssignTravelerAsync(ItemType.Flight, flight.Id, TravelerType.Companion, companion.Id, user); break;
            case "unassign traveller": await Travelers.UnassignTravelerAsync(ItemType.Flight, flight.Id, TravelerType.Companion, companion.Id, user); break;
            case "create voucher": await VoucherBuilder.New().CreateAsync(Vouchers, user); break;
            case "update voucher": await Vouchers.UpdateVoucherAsync(voucher.Id, VoucherBuilder.New().WithNotes("changed").Build(), user); break;
            case "delete voucher": await Vouchers.DeleteVoucherAsync(voucher.Id, user); break;
            case "attach voucher": await Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight.Id, "user", user, 10m, user); break;
            case "refused attach voucher": // the one statement ran and wrote nothing: nothing is announced
                await Assert.ThrowsAsync<ValidationException>(() => Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight.Id, "user", user, voucher.TotalValue + 1m, user));
                break;
            case "reissue voucher": await Vouchers.ReissueVoucherAsync(voucher.Id, user); break;
            default: throw new ArgumentOutOfRangeException(nameof(write), write, null);
        }
    }
}
