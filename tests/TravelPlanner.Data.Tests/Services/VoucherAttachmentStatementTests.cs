using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Sql;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>
/// <see cref="IVoucherService.AttachVoucherToFlightAsync"/> as one statement (vouchers/attach_voucher_to_flight): one
/// round trip, nothing written when it refuses, the errors in their order, and concurrent attaches serialised on the
/// voucher's row.
/// </summary>
public sealed class VoucherAttachmentStatementTests(TestDatabase database) : ServiceTestBase(database)
{
    private IVoucherService Vouchers => Services.Get<IVoucherService>();

    [Fact]
    public async Task Attaching_is_one_database_command()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var voucher = await VoucherBuilder.New().Worth(100m).CreateAsync(Vouchers, user.Id);

        VoucherAttachmentResult attached;
        int commands;
        using (var counter = new NpgsqlCommandCounter(new NpgsqlConnectionStringBuilder(Database.ConnectionString).Database!))
        {
            attached = await Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "USER", user.Id, 25m, user.Id);
            commands = counter.Count;
        }

        Assert.Equal(1, commands);
        Assert.Equal(attached.Voucher, await Vouchers.GetVoucherAsync(voucher.Id, user.Id));
        Assert.Equal([attached.Attachment], await Vouchers.GetVoucherAttachmentsAsync(voucher.Id, user.Id));
    }

    [Fact]
    public async Task Every_refused_attach_writes_nothing_and_names_the_first_failed_check()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var strangersFlight = await Rows.FlightAsync(stranger.Id, null);
        var strangersCompanion = await Rows.CompanionAsync(stranger.Id);
        var open = await VoucherBuilder.New().Worth(50m).CreateAsync(Vouchers, user.Id);
        var expired = await VoucherBuilder.New().Worth(50m).Expiring(Today.AddDays(-1)).CreateAsync(Vouchers, user.Id);
        var strangersVoucher = await VoucherBuilder.New().Worth(50m).CreateAsync(Vouchers, stranger.Id);
        var me = user.Id;

        // (voucher, flight, traveler type, traveler, amount) -> the error; each breaks its rule and every rule after it.
        var refusals = new (Guid Voucher, Guid Flight, string Type, Guid Traveler, decimal Amount, Type Error, string Name)[]
        {
            (Guid.NewGuid(), strangersFlight, "USER", stranger.Id, 60m, typeof(NotFoundException), "voucher"),
            (strangersVoucher.Id, flight, "USER", me, 1m, typeof(NotFoundException), "voucher"),
            (open.Id, strangersFlight, "COMPANION", strangersCompanion, 60m, typeof(NotFoundException), "flight"),
            (open.Id, Guid.NewGuid(), "USER", me, 1m, typeof(NotFoundException), "flight"),
            (expired.Id, flight, "COMPANION", strangersCompanion, 60m, typeof(NotFoundException), "traveler"),
            (open.Id, flight, "USER", stranger.Id, 1m, typeof(NotFoundException), "traveler"),
            (expired.Id, flight, "USER", me, 60m, typeof(ConflictException), "status"),
            (expired.Id, flight, "USER", me, 1m, typeof(ConflictException), "status"),
            (open.Id, flight, "USER", me, 50.01m, typeof(ValidationException), "amount"),
        };

        foreach (var (voucher, flightId, type, traveler, amount, errorType, name) in refusals)
        {
            var error = await Assert.ThrowsAnyAsync<TravelPlannerException>(
                () => Vouchers.AttachVoucherToFlightAsync(voucher, flightId, type, traveler, amount, me));
            Assert.Equal((errorType, name), (error.GetType(), error switch
            {
                NotFoundException notFound => notFound.Resource,
                ConflictException conflict => conflict.Field,
                ValidationException invalid => invalid.Field,
                _ => null,
            }));
        }

        Assert.Equal(open, await Vouchers.GetVoucherAsync(open.Id, me));
        Assert.Equal(expired, await Vouchers.GetVoucherAsync(expired.Id, me));
        Assert.Equal(strangersVoucher, await Vouchers.GetVoucherAsync(strangersVoucher.Id, stranger.Id));
        Assert.Equal(0, await Rows.CountAsync(
            "select count(*) from voucher_attachments where \"userId\" = any($1)", new[] { me, stranger.Id }));
    }

    [Fact]
    public async Task A_voucher_past_its_expiration_date_is_refused_with_the_status_conflict_though_still_stored_open()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var voucher = await VoucherBuilder.New().Worth(100m).Expiring(Today.AddDays(-1)).CreateAsync(Vouchers, user.Id);

        var error = await Assert.ThrowsAsync<ConflictException>(
            () => Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "USER", user.Id, 10m, user.Id));

        Assert.Equal("status", error.Field);
        Assert.Equal(1, await Rows.CountAsync(
            "select count(*) from vouchers where id = $1 and status = 'OPEN' and \"usedAmount\" = 0", voucher.Id));
        Assert.Empty(await Vouchers.GetVoucherAttachmentsAsync(voucher.Id, user.Id));
    }

    [Fact]
    public async Task Twenty_attaches_queued_on_the_voucher_never_overdraw_and_each_sees_the_one_before()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var voucher = await VoucherBuilder.New().Worth(100.00m).CreateAsync(Vouchers, user.Id);
        // 1.26 .. 20.26, 215.20 in all. No set of them sums to exactly 100.00 (k of them carry k x 0.26, never whole for
        // k <= 20), so the voucher is never used up whatever order the lock hands them out in, and every refusal is for
        // the amount. With 1.25 .. 20.25, eight of them could make exactly 100.00 (about 8 % of random orders): the
        // voucher became USED and the rest were refused for their status, which is right but not what this checks.
        var amounts = Enumerable.Range(1, 20).Select(n => n + 0.26m).ToArray();

        // The row held elsewhere until all twenty wait for it: each started (and took its snapshot) before any committed,
        // so only the lock in the statement can show each the amount the one before it committed.
        await using var holder = await Database.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var hold = await holder.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (var lockRow = new NpgsqlCommand("""select 1 from vouchers where id = $1 and "userId" = $2 for update""", holder, hold))
        {
            lockRow.Parameters.Add(new NpgsqlParameter { Value = voucher.Id });
            lockRow.Parameters.Add(new NpgsqlParameter { Value = user.Id });
            await lockRow.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var attaches = amounts.Select(amount => Task.Run(async () =>
        {
            try
            {
                return (amount, Result: await Vouchers.AttachVoucherToFlightAsync(voucher.Id, flight, "USER", user.Id, amount, user.Id), Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (amount, Result: (VoucherAttachmentResult?)null, Error: e);
            }
        })).ToList();
        await WaitForLockWaitersAsync(amounts.Length);
        await hold.CommitAsync(TestContext.Current.CancellationToken);
        var outcomes = await Task.WhenAll(attaches);

        var after = await Vouchers.GetVoucherAsync(voucher.Id, user.Id);
        var attachments = await Vouchers.GetVoucherAttachmentsAsync(voucher.Id, user.Id);
        var succeeded = outcomes.Where(o => o.Result is not null).OrderBy(o => o.Result!.Voucher.UsedAmount).ToList();
        Assert.InRange(after.UsedAmount, 0m, 100.00m);
        Assert.Equal(after.UsedAmount, attachments.Sum(a => a.AmountUsed));
        Assert.Equal(succeeded.Select(o => o.Result!.Attachment.Id).Order(), attachments.Select(a => a.Id).Order());
        Assert.Equal(succeeded.Select(o => o.amount).Sum(), after.UsedAmount);
        for (var i = 0; i < succeeded.Count; i++)
        {
            var before = i == 0 ? 0m : succeeded[i - 1].Result!.Voucher.UsedAmount;
            Assert.Equal(before + succeeded[i].amount, succeeded[i].Result!.Voucher.UsedAmount);
        }

        // Every refusal judged the committed balance (a stale row would pass the check and then find the update refused:
        // "the voucher changed", a conflict), and exceeded it.
        Assert.All(outcomes.Where(o => o.Error is not null), o =>
        {
            var refused = Assert.IsType<ValidationException>(o.Error);
            Assert.Equal("amount", refused.Field);
            Assert.True(o.amount > 100.00m - after.UsedAmount, $"{o.amount} was refused with {100.00m - after.UsedAmount} left at the end");
        });
        Assert.Contains(outcomes, o => o.Error is not null);
    }

    private async Task WaitForLockWaitersAsync(int count)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        // On a cluster the attaches wait on the worker holding the shard; citus_lock_waits sees the whole cluster. Either way
        // they are told apart by the statement's first line as the library sends it (the file without its comments): other
        // tests running at the same time may have sessions waiting on locks of their own.
        await using var waiting = new NpgsqlCommand(
            PostgresFixture.IsCitus
                ? "select count(distinct waiting_gpid) from citus_lock_waits where left(blocked_statement, length($1)) = $1"
                : "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and left(query, length($1)) = $1",
            connection);
        waiting.Parameters.Add(new NpgsqlParameter { Value = QueryCatalog.Write("vouchers/attach_voucher_to_flight").Text.Split('\n')[0] });

        for (var attempt = 0; attempt < 400; attempt++)
        {
            if ((long)(await waiting.ExecuteScalarAsync(TestContext.Current.CancellationToken))! >= count)
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"Fewer than {count} attaches waited for the voucher's row within 20 s.");
    }
}
