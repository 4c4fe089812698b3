using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using TravelPlanner.Data.Tests.Schema;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>
/// Maintenance works on the whole database, so each test first runs a real cleanup to start from a
/// state where only its own rows are candidates (tests in one class run one after another).
/// </summary>
public sealed class MaintenanceServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private static readonly DateOnly VoucherCutoff = new(2028, 6, 15);
    private static readonly DateTime InvitationCutoff = new(2030, 3, 17, 0, 0, 0, DateTimeKind.Utc);

    private IMaintenanceService Maintenance => Services.Get<IMaintenanceService>();

    private IVoucherService Vouchers => Services.Get<IVoucherService>();

    protected override async ValueTask SeedAsync()
    {
        await Maintenance.CleanupAsync();
    }

    [Fact]
    public async Task Cleanup_dry_run_counts_equal_what_the_real_run_deletes_and_nothing_younger_than_the_cutoffs_goes()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var oldExpired = await VoucherAsync(user.Id, VoucherCutoff.AddDays(-1), "EXPIRED");
        var oldOpen = await VoucherAsync(user.Id, new DateOnly(2028, 1, 1), "OPEN");
        var oldPartlyUsed = await VoucherAsync(user.Id, new DateOnly(2027, 1, 1), "PARTIALLY_USED");
        var atCutoff = await VoucherAsync(user.Id, VoucherCutoff, "EXPIRED");
        var oldAttached = await VoucherAsync(user.Id, new DateOnly(2028, 1, 1), "OPEN");
        await Rows.ExecuteAsync(
            "insert into voucher_attachments (\"userId\", \"voucherId\", \"flightId\", \"travelerId\", \"travelerType\", \"amountUsed\") values ($3, $1, $2, $3, 'USER', 5)",
            oldAttached, await Rows.FlightAsync(user.Id, null), user.Id);
        var recentlyLapsed = await VoucherAsync(user.Id, Today.AddDays(-1), "OPEN");
        var usable = await VoucherAsync(user.Id, Today, "OPEN");
        var oldUsed = await VoucherAsync(user.Id, new DateOnly(2020, 1, 1), "USED");
        var oldAccepted = await InvitationAsync(user.Id, "accepted", InvitationCutoff.AddSeconds(-1));
        var oldDeclined = await InvitationAsync(user.Id, "declined", InvitationCutoff.AddDays(-400));
        var answeredAtCutoff = await InvitationAsync(user.Id, "declined", InvitationCutoff);
        var oldPending = await InvitationAsync(user.Id, "pending", InvitationCutoff.AddDays(-10));

        var dryRun = await Maintenance.CleanupAsync(dryRun: true);
        Assert.Equal(0, await Rows.CountAsync("select count(*) from vouchers where status = 'EXPIRED' and id = any($1)", new[] { oldOpen, oldPartlyUsed, recentlyLapsed }));
        Assert.Equal(2, await Rows.CountAsync("select count(*) from trip_invitations where id = any($1)", new[] { oldAccepted, oldDeclined }));
        var real = await Maintenance.CleanupAsync();

        Assert.Equal(new CleanupReport(true, Today, VoucherCutoff, InvitationCutoff, 4, 3, 1, 2), dryRun);
        Assert.Equal(dryRun with { DryRun = false }, real);
        Assert.Equal(0, await Rows.CountAsync("select count(*) from vouchers where id = any($1)", new[] { oldExpired, oldOpen, oldPartlyUsed }));
        Assert.Equal(3, await Rows.CountAsync("select count(*) from vouchers where status = 'EXPIRED' and id = any($1)", new[] { atCutoff, oldAttached, recentlyLapsed }));
        Assert.Equal(1, await Rows.CountAsync("select count(*) from vouchers where status = 'OPEN' and id = $1", usable));
        Assert.Equal(1, await Rows.CountAsync("select count(*) from vouchers where status = 'USED' and id = $1", oldUsed));
        Assert.Equal(0, await Rows.CountAsync("select count(*) from trip_invitations where id = any($1)", new[] { oldAccepted, oldDeclined }));
        Assert.Equal(2, await Rows.CountAsync("select count(*) from trip_invitations where id = any($1)", new[] { answeredAtCutoff, oldPending }));
        Assert.Equal(new CleanupReport(true, Today, VoucherCutoff, InvitationCutoff, 0, 0, 1, 0), await Maintenance.CleanupAsync(dryRun: true));
    }

    [Fact]
    public async Task The_expiry_sweep_marks_usable_vouchers_past_their_date_and_its_dry_run_counts_them()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var lapsed = await VoucherAsync(user.Id, Today.AddDays(-1), "OPEN");
        var partlyLapsed = await VoucherAsync(user.Id, Today.AddDays(-30), "PARTIALLY_USED");
        var lastDay = await VoucherAsync(user.Id, Today, "OPEN");
        var used = await VoucherAsync(user.Id, Today.AddDays(-5), "USED");

        var wouldMark = await Maintenance.MarkExpiredVouchersAsync(dryRun: true);
        Assert.Equal(0, await Rows.CountAsync("select count(*) from vouchers where status = 'EXPIRED' and \"userId\" = $1", user.Id));
        var marked = await Maintenance.MarkExpiredVouchersAsync();

        Assert.Equal((2, 2), (wouldMark, marked));
        Assert.Equal(2, await Rows.CountAsync("select count(*) from vouchers where status = 'EXPIRED' and id = any($1)", new[] { lapsed, partlyLapsed }));
        Assert.Equal(VoucherStatus.Open, (await Vouchers.GetVoucherAsync(lastDay, user.Id)).Status);
        Assert.Equal(VoucherStatus.Used, (await Vouchers.GetVoucherAsync(used, user.Id)).Status);
        Assert.Equal(0, await Maintenance.MarkExpiredVouchersAsync());
    }

    [Fact]
    public async Task The_index_usage_report_lists_the_schemas_indexes()
    {
        var report = await Maintenance.GetIndexUsageAsync();

        var voucherNumber = Assert.Single(report, r => r.Index == "vouchers_voucher_number");
        Assert.Equal(("public", "vouchers"), (voucherNumber.SchemaName, voucherNumber.Table));
        Assert.Contains(report, r => r.Index == "trip_invitations_trip_id_invited_user_id_live_key");
        Assert.All(report, r => Assert.True(r.Scans >= 0));
        Assert.Equal(report.OrderBy(r => r.Scans).Select(r => r.Scans), report.Select(r => r.Scans));
    }

    [Fact]
    [Trait(PostgresFixture.TargetTrait, "postgres")] // Citus keeps the statistics on the shards, not on the coordinator's table.
    public async Task Analyze_refreshes_the_planner_statistics()
    {
        await VoucherBuilder.New().CreateAsync(Vouchers, (await UserBuilder.New().CreateAsync(Users)).Id);

        await Maintenance.AnalyzeAsync();

        Assert.Equal(1, await Rows.CountAsync("select count(*) from pg_stats where schemaname = 'public' and tablename = 'vouchers' and attname = 'voucherNumber'"));
    }

    private async Task<Guid> VoucherAsync(Guid userId, DateOnly expirationDate, string status)
    {
        var voucher = await VoucherBuilder.New().Worth(100m).Expiring(expirationDate).CreateAsync(Vouchers, userId);
        var used = status switch { "USED" => 100m, "PARTIALLY_USED" => 40m, _ => 0m };
        await Rows.ExecuteAsync("update vouchers set status = $2, \"usedAmount\" = $3 where id = $1", voucher.Id, status, used);
        return voucher.Id;
    }

    // Straight into the table: "updatedAt" is set here (the update trigger would stamp now()).
    private async Task<Guid> InvitationAsync(Guid ownerId, string status, DateTime updatedAt)
    {
        var invitee = await Rows.UserAsync();
        var id = Guid.NewGuid();
        await Rows.ExecuteAsync(
            "insert into trip_invitations (id, \"tripId\", \"invitedUserId\", \"invitedBy\", status, \"updatedAt\") values ($1, $2, $3, $4, $5, $6)",
            id, await Rows.TripAsync(ownerId), invitee, ownerId, status, updatedAt);
        return id;
    }
}
