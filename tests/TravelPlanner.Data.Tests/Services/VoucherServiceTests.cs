using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using TravelPlanner.Data.Tests.Schema;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>Voucher records and reads; attaching and reissuing have their own classes.</summary>
public sealed class VoucherServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private IVoucherService Vouchers => Services.Get<IVoucherService>();

    [Fact]
    public async Task A_new_voucher_is_open_with_its_whole_value_remaining()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var details = new VoucherDetails(" travel_credit ", " Acme Air ", $" N-{Guid.NewGuid():N} ", 250.50m, " eur ", Today.AddDays(90), " FF-1 ", " keep ");

        var created = await Vouchers.CreateVoucherAsync(details, user.Id);

        Assert.Equal((VoucherType.TravelCredit, "Acme Air", details.VoucherNumber.Trim(), "EUR"), (created.Type, created.Issuer, created.VoucherNumber, created.Currency));
        Assert.Equal((250.50m, 0m, 250.50m), (created.TotalValue, created.UsedAmount, created.RemainingBalance));
        Assert.Equal(VoucherStatus.Open, created.Status);
        Assert.Equal((Today.AddDays(90), "FF-1", "keep"), (created.ExpirationDate, created.AssociatedAccount, created.Notes));
        Assert.Null(created.ParentVoucherId);
        Assert.Equal(created, await Vouchers.GetVoucherAsync(created.Id, user.Id));
    }

    [Theory]
    [InlineData("FLIGHT", "Acme", 10, "US", "currency")]
    [InlineData("FLIGHT", "Acme", 10, "U5D", "currency")]
    [InlineData("FLIGHT", "Acme", 10, "XYZ", "currency")] // three letters, but no ISO 4217 currency
    [InlineData("FLIGHT", "Acme", -1, "USD", "totalValue")]
    [InlineData("FLIGHT", "Acme", 10.005, "USD", "totalValue")]
    [InlineData("FLIGHT", "Acme", 100000000, "USD", "totalValue")]
    [InlineData("CRUISE", "Acme", 10, "USD", "type")]
    [InlineData("FLIGHT", " ", 10, "USD", "issuer")]
    public async Task Bad_voucher_input_is_refused_naming_the_field(string type, string issuer, double value, string currency, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => Vouchers.CreateVoucherAsync(new VoucherDetails(type, issuer, $"N-{Guid.NewGuid():N}", (decimal)value, currency), user.Id));

        Assert.Equal(field, error.Field);
        Assert.Empty(await Vouchers.GetUserVouchersAsync(user.Id));
    }

    [Fact]
    public async Task A_voucher_number_is_unique_per_user_and_free_to_another_user()
    {
        // Deliberately per user since 0008_key_every_row_by_its_user.sql (docs/scaling.md).
        var holder = await UserBuilder.New().CreateAsync(Users);
        var user = await UserBuilder.New().CreateAsync(Users);
        var own = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        var others = await VoucherBuilder.New().CreateAsync(Vouchers, holder.Id);

        var ownClash = await Assert.ThrowsAsync<ConflictException>(() => VoucherBuilder.New().Numbered(own.VoucherNumber).CreateAsync(Vouchers, user.Id));
        var same = await VoucherBuilder.New().Numbered(others.VoucherNumber).CreateAsync(Vouchers, user.Id);

        Assert.Equal("voucherNumber", ownClash.Field);
        Assert.Equal(others.VoucherNumber, same.VoucherNumber);
    }

    [Fact]
    public async Task Creating_a_voucher_for_an_unknown_user_is_not_found()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => VoucherBuilder.New().CreateAsync(Vouchers, Guid.NewGuid()));

        Assert.Equal("user", error.Resource);
    }

    [Fact]
    public async Task Concurrent_creates_with_one_number_keep_one_and_refuse_the_rest_as_conflicts()
    {
        // One user's six creates: the number is unique per user (0008_key_every_row_by_its_user.sql).
        var user = await UserBuilder.New().CreateAsync(Users);
        var number = $"RACE-{Guid.NewGuid():N}";

        var errors = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                await VoucherBuilder.New().Numbered(number).CreateAsync(Vouchers, user.Id);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }));

        Assert.Equal(1, errors.Count(e => e is null));
        Assert.All(errors.Where(e => e is not null), e => Assert.Equal("voucherNumber", Assert.IsType<ConflictException>(e).Field));
    }

    [Fact]
    public async Task Vouchers_filter_by_status_type_currency_and_expiry()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var soon = await VoucherBuilder.New().Expiring(Today.AddDays(10)).CreateAsync(Vouchers, user.Id);
        var hotel = await VoucherBuilder.New().OfType(VoucherType.Hotel).Worth(50m, "EUR").Expiring(Today.AddDays(100)).CreateAsync(Vouchers, user.Id);
        var lapsed = await VoucherBuilder.New().Expiring(Today.AddDays(-1)).CreateAsync(Vouchers, user.Id);
        var forever = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        await VoucherBuilder.New().CreateAsync(Vouchers, (await UserBuilder.New().CreateAsync(Users)).Id);

        Assert.Equal([lapsed.Id, soon.Id, hotel.Id, forever.Id], (await Vouchers.GetUserVouchersAsync(user.Id)).Select(v => v.Id));
        Assert.Equal([soon.Id, hotel.Id, forever.Id], (await Vouchers.GetUserVouchersAsync(user.Id, new VoucherFilter(Status: "open"))).Select(v => v.Id));
        Assert.Equal([lapsed.Id], (await Vouchers.GetUserVouchersAsync(user.Id, new VoucherFilter(Status: VoucherStatus.Expired))).Select(v => v.Id));
        Assert.Equal([hotel.Id], (await Vouchers.GetUserVouchersAsync(user.Id, new VoucherFilter(Type: VoucherType.Hotel))).Select(v => v.Id));
        Assert.Equal([hotel.Id], (await Vouchers.GetUserVouchersAsync(user.Id, new VoucherFilter(Currency: "eur"))).Select(v => v.Id));
        Assert.Equal([lapsed.Id, soon.Id], (await Vouchers.GetUserVouchersAsync(user.Id, new VoucherFilter(ExpiringBefore: Today.AddDays(11)))).Select(v => v.Id));
        await Assert.ThrowsAsync<ValidationException>(() => Vouchers.GetUserVouchersAsync(user.Id, new VoucherFilter(Status: "LOST")));
    }

    [Fact]
    public async Task A_voucher_past_its_expiration_date_reads_as_expired_before_any_sweep()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var voucher = await VoucherBuilder.New().Expiring(Today).CreateAsync(Vouchers, user.Id);

        Assert.Equal(VoucherStatus.Open, (await Vouchers.GetVoucherAsync(voucher.Id, user.Id)).Status);
        Services.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(VoucherStatus.Expired, (await Vouchers.GetVoucherAsync(voucher.Id, user.Id)).Status);
        Assert.Equal(VoucherStatus.Expired, (await Vouchers.GetUserVouchersAsync(user.Id)).Single().Status);
        Assert.Equal(1, await Rows.CountAsync("select count(*) from vouchers where id = $1 and status = 'OPEN'", voucher.Id));
    }

    [Fact]
    public async Task Updating_replaces_the_fields_and_the_status_follows_the_new_total()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var voucher = await VoucherBuilder.New().Worth(100m).CreateAsync(Vouchers, user.Id);
        await Rows.ExecuteAsync("update vouchers set \"usedAmount\" = 40, status = 'PARTIALLY_USED' where id = $1", voucher.Id);
        var number = $"NEW-{Guid.NewGuid():N}";

        var updated = await Vouchers.UpdateVoucherAsync(voucher.Id, new VoucherDetails("hotel", "Grand", number, 40m, "USD", Today.AddDays(5), null, "n"), user.Id);

        Assert.Equal((VoucherType.Hotel, "Grand", number, 40m, 0m), (updated.Type, updated.Issuer, updated.VoucherNumber, updated.TotalValue, updated.RemainingBalance));
        Assert.Equal(VoucherStatus.Used, updated.Status);
        var raised = await Vouchers.UpdateVoucherAsync(voucher.Id, new VoucherDetails("hotel", "Grand", number, 90m), user.Id);
        Assert.Equal((VoucherStatus.PartiallyUsed, 50m), (raised.Status, raised.RemainingBalance));
    }

    [Fact]
    public async Task Updating_the_total_below_what_was_used_or_to_a_taken_number_is_refused()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var voucher = await VoucherBuilder.New().Worth(100m).CreateAsync(Vouchers, user.Id);
        var other = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        await Rows.ExecuteAsync("update vouchers set \"usedAmount\" = 40, status = 'PARTIALLY_USED' where id = $1", voucher.Id);

        var below = await Assert.ThrowsAsync<ValidationException>(
            () => Vouchers.UpdateVoucherAsync(voucher.Id, new VoucherDetails("FLIGHT", "Acme", voucher.VoucherNumber, 39.99m), user.Id));
        var taken = await Assert.ThrowsAsync<ConflictException>(
            () => Vouchers.UpdateVoucherAsync(voucher.Id, new VoucherDetails("FLIGHT", "Acme", other.VoucherNumber, 100m), user.Id));
        var currency = await Assert.ThrowsAsync<ConflictException>(
            () => Vouchers.UpdateVoucherAsync(voucher.Id, new VoucherDetails("FLIGHT", "Acme", voucher.VoucherNumber, 100m, "EUR"), user.Id));

        Assert.Equal("totalValue", below.Field);
        Assert.Equal("voucherNumber", taken.Field);
        Assert.Equal("currency", currency.Field);
        var unchanged = await Vouchers.GetVoucherAsync(voucher.Id, user.Id);
        Assert.Equal((100m, 40m, "USD", voucher.VoucherNumber), (unchanged.TotalValue, unchanged.UsedAmount, unchanged.Currency, unchanged.VoucherNumber));
    }

    [Fact]
    public async Task A_voucher_without_attachments_is_deleted_and_one_with_attachments_is_refused()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var unused = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        var used = await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        await Vouchers.AttachVoucherToFlightAsync(used.Id, await Rows.FlightAsync(user.Id, null), "USER", user.Id, 10m, user.Id);

        await Vouchers.DeleteVoucherAsync(unused.Id, user.Id);
        var refused = await Assert.ThrowsAsync<ConflictException>(() => Vouchers.DeleteVoucherAsync(used.Id, user.Id));

        Assert.Equal("voucherId", refused.Field);
        Assert.Equal([used.Id], (await Vouchers.GetUserVouchersAsync(user.Id)).Select(v => v.Id));
    }

    [Fact]
    public async Task Expiring_vouchers_are_the_usable_ones_expiring_from_today_to_today_plus_days()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var today = await VoucherBuilder.New().Expiring(Today).CreateAsync(Vouchers, user.Id);
        var lastDay = await VoucherBuilder.New().Expiring(Today.AddDays(30)).CreateAsync(Vouchers, user.Id);
        await VoucherBuilder.New().Expiring(Today.AddDays(31)).CreateAsync(Vouchers, user.Id);
        await VoucherBuilder.New().Expiring(Today.AddDays(-1)).CreateAsync(Vouchers, user.Id);
        await VoucherBuilder.New().CreateAsync(Vouchers, user.Id);
        var used = await VoucherBuilder.New().Expiring(Today.AddDays(3)).CreateAsync(Vouchers, user.Id);
        await Rows.ExecuteAsync("update vouchers set \"usedAmount\" = \"totalValue\", status = 'USED' where id = $1", used.Id);
        await VoucherBuilder.New().Expiring(Today.AddDays(3)).CreateAsync(Vouchers, (await UserBuilder.New().CreateAsync(Users)).Id);

        var expiring = await Vouchers.GetExpiringVouchersAsync(user.Id, 30);

        Assert.Equal([today.Id, lastDay.Id], expiring.Select(v => v.Id));
        Assert.Equal([today.Id], (await Vouchers.GetExpiringVouchersAsync(user.Id, 0)).Select(v => v.Id));
        await Assert.ThrowsAsync<ValidationException>(() => Vouchers.GetExpiringVouchersAsync(user.Id, -1));
    }

    [Fact]
    public async Task Statistics_are_per_currency_on_todays_statuses()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Rows.FlightAsync(user.Id, null);
        var partly = await VoucherBuilder.New().Worth(100m).CreateAsync(Vouchers, user.Id);
        await Vouchers.AttachVoucherToFlightAsync(partly.Id, flight, "USER", user.Id, 25m, user.Id);
        await VoucherBuilder.New().Worth(50m).CreateAsync(Vouchers, user.Id);
        await VoucherBuilder.New().Worth(30m).Expiring(Today.AddDays(-1)).CreateAsync(Vouchers, user.Id);
        await VoucherBuilder.New().Worth(10.10m, "EUR").CreateAsync(Vouchers, user.Id);

        var statistics = await Vouchers.GetVoucherStatisticsAsync(user.Id);

        Assert.Equal(
            [new VoucherStatistics("EUR", 1, 1, 0, 0, 0, 0, 10.10m, 0m, 10.10m), new VoucherStatistics("USD", 3, 1, 1, 0, 1, 0, 180m, 25m, 125m)],
            statistics);
        Assert.Empty(await Vouchers.GetVoucherStatisticsAsync((await UserBuilder.New().CreateAsync(Users)).Id));
    }

    [Fact]
    public async Task Every_voucher_method_given_another_users_ids_is_not_found()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var voucher = await VoucherBuilder.New().CreateAsync(Vouchers, owner.Id);
        var ownersFlight = await Rows.FlightAsync(owner.Id, null);
        var strangersFlight = await Rows.FlightAsync(stranger.Id, null);
        var strangersVoucher = await VoucherBuilder.New().CreateAsync(Vouchers, stranger.Id);
        var ownersCompanion = await Rows.CompanionAsync(owner.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.GetVoucherAsync(voucher.Id, stranger.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.GetVoucherAttachmentsAsync(voucher.Id, stranger.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.UpdateVoucherAsync(voucher.Id, VoucherBuilder.New().Build(), stranger.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.DeleteVoucherAsync(voucher.Id, stranger.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.ReissueVoucherAsync(voucher.Id, stranger.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.AttachVoucherToFlightAsync(voucher.Id, strangersFlight, "USER", stranger.Id, 1m, stranger.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.AttachVoucherToFlightAsync(strangersVoucher.Id, ownersFlight, "USER", owner.Id, 1m, owner.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.AttachVoucherToFlightAsync(voucher.Id, strangersFlight, "USER", owner.Id, 1m, owner.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Vouchers.AttachVoucherToFlightAsync(strangersVoucher.Id, strangersFlight, "COMPANION", ownersCompanion, 1m, stranger.Id));
        Assert.DoesNotContain(await Vouchers.GetUserVouchersAsync(stranger.Id), v => v.Id == voucher.Id);
        Assert.DoesNotContain(await Vouchers.GetVoucherStatisticsAsync(stranger.Id), s => s.VoucherCount != 1);

        var untouched = await Vouchers.GetVoucherAsync(voucher.Id, owner.Id);
        Assert.Equal((VoucherStatus.Open, 0m), (untouched.Status, untouched.UsedAmount));
        Assert.Equal(0, await Rows.CountAsync("select count(*) from voucher_attachments where \"voucherId\" = any($1)", new[] { voucher.Id, strangersVoucher.Id }));
    }
}
