using System.Collections.Concurrent;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using static TravelPlanner.Data.Tests.Caching.CacheProbe;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// Many readers and writers over the same few users through the cached services: the cached reads of
/// <see cref="Reads"/>, and writes to trips, items, companions and vouchers. Each writer shares a trip with
/// the next writer (a ring of accepted invitations) and with every reader, and writes often go to that
/// trip. Readers never write, so nothing of theirs repairs a stale entry: an owner's writes must reach
/// their cache. Each worker draws from its
/// own seeded <see cref="Random"/>; the interleaving is the scheduler's.
/// </summary>
public sealed class RandomizedWorkload
{
    private readonly TestServices _services;
    private readonly ConcurrentDictionary<Guid, Guid> _tripOwners = new();
    private readonly ConcurrentDictionary<Guid, Guid> _companionOwners = new();
    private readonly ConcurrentDictionary<Guid, Guid> _voucherOwners = new();
    private readonly ConcurrentDictionary<Guid, Guid> _sharedTrips = new();
    private int _operations;
    private int _writes;

    private RandomizedWorkload(TestServices services, IReadOnlyList<Guid> writers, IReadOnlyList<Guid> readers)
    {
        _services = services;
        Writers = writers;
        Users = [.. writers, .. readers];
    }

    /// <summary>Writers and readers.</summary>
    public IReadOnlyList<Guid> Users { get; }

    private IReadOnlyList<Guid> Writers { get; }

    public int Operations => _operations;

    public int Writes => _writes;

    public static async Task<RandomizedWorkload> StartAsync(TestServices services, int writers, int readers)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < writers + readers; i++)
        {
            ids.Add((await UserBuilder.New().CreateAsync(services.Get<IUserService>())).Id);
        }

        var workload = new RandomizedWorkload(services, ids[..writers], ids[writers..]);
        var invitations = services.Get<ITripInvitationService>();
        for (var i = 0; i < writers; i++)
        {
            var owner = ids[i];
            var shared = await TripBuilder.For(owner).Named("Shared").CreateAsync(services.Get<ITripService>());
            workload._tripOwners[shared.Id] = owner;
            workload._sharedTrips[owner] = shared.Id;
            foreach (var invitee in ids[writers..].Append(ids[(i + 1) % writers]))
            {
                await invitations.AcceptAsync((await invitations.InviteAsync(shared.Id, invitee, owner)).Id, invitee);
            }
        }

        return workload;
    }

    /// <summary>
    /// Every cached read variant the workload uses, as JSON, for one user: their lists, statistics, companions and
    /// vouchers, and the details of every shared trip (a trip the user may not read gives its error, compared as text).
    /// </summary>
    public IEnumerable<(string Name, Func<TestServices, Task<string>> Read)> Reads(Guid user)
    {
        foreach (var (owner, trip) in _sharedTrips)
        {
            yield return ($"details of {owner}'s shared trip", async s =>
            {
                try
                {
                    return Json(await s.Get<ITripService>().GetTripWithDetailsAsync(trip, user));
                }
                catch (NotFoundException e)
                {
                    return e.Message;
                }
            });
        }

        foreach (var filter in Enum.GetValues<TripFilter>())
        {
            for (var page = 1; page <= 2; page++)
            {
                var p = page;
                yield return ($"trips {filter} page {p}", async s => Json(await s.Get<ITripService>().GetUserTripsAsync(user, filter, p, limit: 5)));
            }
        }

        yield return ("trip statistics", async s => Json(await s.Get<ITripService>().GetTripStatisticsAsync(user)));
        yield return ("companions page 1", async s => Json(await s.Get<ICompanionService>().GetUserCompanionsAsync(user, 1, 5)));
        yield return ("companions page 2", async s => Json(await s.Get<ICompanionService>().GetUserCompanionsAsync(user, 2, 5)));
        yield return ("vouchers", async s => Json(await s.Get<IVoucherService>().GetUserVouchersAsync(user)));
        yield return ("open vouchers", async s => Json(await s.Get<IVoucherService>().GetUserVouchersAsync(user, new VoucherFilter(Status: VoucherStatus.Open))));
    }

    public Task RunAsync(int workers, int operationsPerWorker, int seed) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(new Random(seed + w), operationsPerWorker))));

    private async Task WorkAsync(Random random, int operations)
    {
        for (var i = 0; i < operations; i++)
        {
            try
            {
                if (random.NextDouble() < 0.6)
                {
                    var reads = Reads(Users[random.Next(Users.Count)]).ToList();
                    await reads[random.Next(reads.Count)].Read(_services);
                }
                else
                {
                    // No deletes in the last quarter: a trip delete drops the caches of the owner's whole audience,
                    // which would hide an update or item write that failed to reach an invitee.
                    await WriteAsync(random, Writers[random.Next(Writers.Count)], allowDelete: i < operations * 3 / 4);
                    Interlocked.Increment(ref _writes);
                }
            }
            catch (Exception e) when (e is NotFoundException or ConflictException)
            {
                // A concurrent writer deleted or used up the row first: a legitimate outcome of the race.
            }

            Interlocked.Increment(ref _operations);
        }
    }

    private async Task WriteAsync(Random random, Guid user, bool allowDelete)
    {
        var trips = _services.Get<ITripService>();
        var trip = random.NextDouble() < 0.4 && _sharedTrips.TryGetValue(user, out var sharedTrip) ? sharedTrip : Pick(_tripOwners, user, random);
        switch (random.Next(10))
        {
            case 2 when trip is { } id:
                var day = new DateOnly(2030, 5, 1).AddDays(random.Next(90));
                await trips.UpdateTripAsync(id, new UpdateTrip($"Renamed {random.Next(1000)}", day, day.AddDays(random.Next(20)), TripPurpose.Business), user);
                break;
            // The shared trips stay (deleting them would end the sharing the run is about).
            case 3 when allowDelete && trip is { } id && !_sharedTrips.Values.Contains(id):
                await trips.DeleteTripAsync(id, user);
                _tripOwners.TryRemove(id, out _);
                break;
            case 4 when trip is { } id:
                await _services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(id, hoursFromStart: random.Next(100)), user);
                break;
            case 5 when trip is { } id:
                await _services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(id, daysFromStart: random.Next(10)), user);
                break;
            case 1 when trip is { } id && Pick(_companionOwners, user, random) is { } companionId:
                // Who travels shows in the trip's details, read by the owner and every invitee.
                if (random.Next(2) == 0)
                {
                    await _services.Get<ICompanionService>().AddCompanionToTripAsync(companionId, id, user);
                }
                else
                {
                    await _services.Get<ICompanionService>().RemoveCompanionFromTripAsync(companionId, id, user);
                }

                break;
            case 6:
                var companion = await CompanionBuilder.New().Named($"Companion {random.Next(1000)}").CreateAsync(_services.Get<ICompanionService>(), user);
                _companionOwners[companion.Id] = user;
                break;
            case 7 when Pick(_companionOwners, user, random) is { } id:
                await _services.Get<ICompanionService>().UpdateCompanionAsync(id, new CompanionDetails($"Renamed {random.Next(1000)}"), user);
                break;
            case 8:
                var voucher = await VoucherBuilder.New().Worth(random.Next(1, 500) + 0.25m).CreateAsync(_services.Get<IVoucherService>(), user);
                _voucherOwners[voucher.Id] = user;
                break;
            case 9 when Pick(_voucherOwners, user, random) is { } id:
                await _services.Get<IVoucherService>().UpdateVoucherAsync(id, VoucherBuilder.New().Worth(random.Next(500, 900) + 0.5m).Build(), user);
                break;
            default: // 0, and the cases above when their row is missing
                var created = await TripBuilder.For(user).Departing(new DateOnly(2030, 6, 1).AddDays(random.Next(60))).Returning(new DateOnly(2030, 8, 1)).CreateAsync(trips);
                _tripOwners[created.Id] = user;
                break;
        }
    }

    private static Guid? Pick(ConcurrentDictionary<Guid, Guid> owners, Guid user, Random random)
    {
        var mine = owners.Where(o => o.Value == user).Select(o => o.Key).ToList();
        return mine.Count == 0 ? null : mine[random.Next(mine.Count)];
    }
}
