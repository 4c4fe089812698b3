using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using TravelPlanner.Data.Tests.Schema;

namespace TravelPlanner.Data.Tests.Services;

/// <summary><see cref="IVoucherService.ReissueVoucherAsync"/>: the child, the parent, and all or nothing.</summary>
public sealed class VoucherReissueTests(TestDatabase database) : ServiceTestBase(database)
{
    private IVoucherService Vouchers => Services.Get<IVoucherService>();

    [Fact]
    public async Task Reissuing_moves_the_remaining_balance_to_an_open_child_and_transfers_the_parent()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var parent = await VoucherBuilder.New().OfType(VoucherType.TravelCredit).Worth(120m, "GBP").Expiring(Today.AddDays(60)).WithNotes("from a cancellation").CreateAsync(Vouchers, user.Id);
        await Vouchers.AttachVoucherToFlightAsync(parent.Id, await Rows.FlightAsync(user.Id, null), "USER", user.Id, 45.50m, user.Id);

        var reissue = await Vouchers.ReissueVoucherAsync(parent.Id, user.Id);

        var child = reissue.Child;
        Assert.Equal((VoucherStatus.Open, 74.50m, 0m, 74.50m), (child.Status, child.TotalValue, child.UsedAmount, child.RemainingBalance));
        Assert.Equal((parent.Id, parent.VoucherNumber + "-R1", user.Id), (child.ParentVoucherId, child.VoucherNumber, child.UserId));
        Assert.Equal((parent.Type, parent.Issuer, parent.Currency, parent.ExpirationDate, parent.AssociatedAccount, parent.Notes),
            (child.Type, child.Issuer, child.Currency, child.ExpirationDate, child.AssociatedAccount, child.Notes));
        var storedParent = await Vouchers.GetVoucherAsync(parent.Id, user.Id);
        Assert.Equal((VoucherStatus.Transferred, 45.50m), (storedParent.Status, storedParent.UsedAmount));
        Assert.Equal(storedParent.Status, reissue.Parent.Status);
        Assert.Equal(child, await Vouchers.GetVoucherAsync(child.Id, user.Id));
    }

    [Fact]
    public async Task Reissuing_a_reissued_voucher_numbers_the_next_generation()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var original = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);

        var first = await Vouchers.ReissueVoucherAsync(original.Id, user.Id);
        var second = await Vouchers.ReissueVoucherAsync(first.Child.Id, user.Id);

        Assert.Equal(original.VoucherNumber + "-R2", second.Child.VoucherNumber);
        Assert.Equal(first.Child.Id, second.Child.ParentVoucherId);
        Assert.Equal(100m, second.Child.TotalValue);
    }

    [Theory]
    [InlineData("ABC", false, "ABC-R1")]
    [InlineData("ABC-R1", true, "ABC-R2")]
    [InlineData("ABC-R9", true, "ABC-R10")]
    [InlineData("PROMO-R5", false, "PROMO-R5-R1")]
    public void The_derived_number_counts_generations_only_on_reissued_vouchers(string number, bool reissued, string expected)
    {
        var voucher = new Voucher(
            Guid.NewGuid(), Guid.NewGuid(), "FLIGHT", "Acme", number, null, "USD", 10m, 0m, "OPEN", null, reissued ? Guid.NewGuid() : null, null, DateTime.UtcNow, DateTime.UtcNow);

        Assert.Equal(expected, VoucherService.ReissuedNumber(voucher));
    }

    [Fact]
    [Trait(PostgresFixture.TargetTrait, "postgres")] // Its failure is injected with a trigger, which Citus refuses on distributed tables.
    public async Task A_reissue_that_fails_midway_leaves_parent_and_child_untouched()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var parent = await VoucherBuilder.New().Worth(80m).CreateAsync(Vouchers, user.Id);
        await Vouchers.AttachVoucherToFlightAsync(parent.Id, await Rows.FlightAsync(user.Id, null), "USER", user.Id, 20m, user.Id);
        var before = await Vouchers.GetVoucherAsync(parent.Id, user.Id);
        // The child's insert fails after the parent was marked TRANSFERRED: a trigger of this test's own refuses it.
        await Rows.ExecuteAsync($$"""
            create function refuse_child_{{parent.Id:N}}() returns trigger language plpgsql as $f$ begin raise exception 'injected failure'; end $f$;
            create trigger refuse_child_{{parent.Id:N}} before insert on vouchers for each row
                when (new."parentVoucherId" = '{{parent.Id}}') execute function refuse_child_{{parent.Id:N}}();
            """);

        await Assert.ThrowsAnyAsync<TravelPlannerException>(() => Vouchers.ReissueVoucherAsync(parent.Id, user.Id));

        await Rows.ExecuteAsync($"drop trigger refuse_child_{parent.Id:N} on vouchers; drop function refuse_child_{parent.Id:N}()");
        Assert.Equal(before, await Vouchers.GetVoucherAsync(parent.Id, user.Id));
        Assert.Equal(VoucherStatus.PartiallyUsed, before.Status);
        Assert.Equal(0, await Rows.CountAsync("select count(*) from vouchers where \"parentVoucherId\" = $1", parent.Id));
    }

    [Fact]
    public async Task A_derived_number_already_taken_is_skipped_for_the_next_generation()
    {
        // Numbers are unique per user (0008_key_every_row_by_its_user.sql): the user's own -R1 and -R2 are skipped.
        var user = await UserBuilder.New().CreateAsync(Users);
        var parent = await VoucherBuilder.New().Worth(80m).CreateAsync(Vouchers, user.Id);
        await VoucherBuilder.New().Numbered(parent.VoucherNumber + "-R1").CreateAsync(Vouchers, user.Id);
        await VoucherBuilder.New().Numbered(parent.VoucherNumber + "-R2").CreateAsync(Vouchers, user.Id);

        var reissue = await Vouchers.ReissueVoucherAsync(parent.Id, user.Id);

        Assert.Equal(parent.VoucherNumber + "-R3", reissue.Child.VoucherNumber);
        Assert.Equal(80m, reissue.Child.TotalValue);
        Assert.Equal(VoucherStatus.Transferred, reissue.Parent.Status);
    }

    [Fact]
    public async Task Used_transferred_expired_and_empty_vouchers_are_not_reissued()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var used = await VoucherBuilder.New().Worth(10m).CreateAsync(Vouchers, user.Id);
        await Vouchers.AttachVoucherToFlightAsync(used.Id, await Rows.FlightAsync(user.Id, null), "USER", user.Id, 10m, user.Id);
        var transferred = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        await Vouchers.ReissueVoucherAsync(transferred.Id, user.Id);
        var expired = await VoucherBuilder.New().Expiring(Today.AddDays(-1)).CreateAsync(Vouchers, user.Id);
        var empty = await VoucherBuilder.New().Worth(0m).CreateAsync(Vouchers, user.Id);

        foreach (var refused in new[] { used, transferred, expired, empty })
        {
            var error = await Assert.ThrowsAsync<ConflictException>(() => Vouchers.ReissueVoucherAsync(refused.Id, user.Id));
            Assert.Equal("status", error.Field);
        }

        Assert.Equal(1, await Rows.CountAsync("select count(*) from vouchers where \"userId\" = $1 and \"parentVoucherId\" is not null", user.Id));
    }

    [Fact]
    public async Task Concurrent_reissues_of_one_voucher_make_exactly_one_child()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var parent = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                await Vouchers.ReissueVoucherAsync(parent.Id, user.Id);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        })));

        Assert.Equal(1, outcomes.Count(e => e is null));
        Assert.All(outcomes.Where(e => e is not null), e => Assert.IsType<ConflictException>(e));
        Assert.Equal(1, await Rows.CountAsync("select count(*) from vouchers where \"parentVoucherId\" = $1", parent.Id));
    }
}
