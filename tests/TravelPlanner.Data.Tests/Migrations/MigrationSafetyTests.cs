using DbUp;
using DbUp.Engine;
using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Migrations;

/// <summary>Journal checksums, script states, drift, repair, the migration lock.</summary>
public sealed class MigrationSafetyTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly SqlScript First = new("0001_first.sql", "create table first (id int);");
    private static readonly SqlScript Second = new("0002_second.sql", "create table second (id int);");
    private static readonly SqlScript Third = new("0003_third.sql", "create table third (id int);");

    private string _connectionString = string.Empty;

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateEmptyDatabaseAsync();

    public async ValueTask DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    private DatabaseMigrator Migrator(params SqlScript[] scripts) => new(_connectionString, scripts, logger: null);

    [Fact]
    public async Task The_journal_records_checksum_actor_time_and_duration_of_each_script()
    {
        await Migrator(First, Second).MigrateAsync();

        var status = await Migrator(First, Second).GetStatusAsync();

        Assert.All(status.Scripts, s =>
        {
            Assert.Equal(ScriptState.Applied, s.State);
            Assert.NotNull(s.Journal);
            Assert.Matches("^[0-9a-f]{64}$", s.Journal.Checksum);
            Assert.Contains("@", s.Journal.AppliedBy, StringComparison.Ordinal);
            Assert.True(s.Journal.DurationMs >= 0);
            Assert.True(DateTime.UtcNow - s.Journal.AppliedAtUtc < TimeSpan.FromMinutes(5));
        });
    }

    // Regression: a no-transaction script journaled ~0 ms, since now() there is the journal INSERT's own start.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_journal_duration_is_the_scripts_running_time_in_and_out_of_a_transaction(bool inTransaction)
    {
        var marker = inTransaction ? string.Empty : MigrationScripts.NoTransactionMarker + "\n";
        var sleep = new SqlScript("0001_sleep.sql", marker + "select pg_sleep(0.2);");
        await Migrator(sleep).MigrateAsync();

        var journal = (await Migrator(sleep).GetStatusAsync()).Scripts.Single().Journal!;

        Assert.InRange(journal.DurationMs!.Value, 200, 60_000);
    }

    [Fact]
    public async Task Status_gives_every_state_applied_pending_changed_missing_out_of_order()
    {
        var gone = new SqlScript("0000_gone.sql", "create table gone (id int);");
        await Migrator(gone, First, Third).MigrateAsync();
        var editedFirst = new SqlScript(First.Name, First.Contents + "\n-- edited");
        var fourth = new SqlScript("0004_fourth.sql", "create table fourth (id int);");

        var status = await Migrator(editedFirst, Second, Third, fourth).GetStatusAsync();

        Assert.Equal(
            [("0000_gone.sql", ScriptState.Missing), ("0001_first.sql", ScriptState.Changed), ("0002_second.sql", ScriptState.OutOfOrder),
             ("0003_third.sql", ScriptState.Applied), ("0004_fourth.sql", ScriptState.Pending)],
            status.Scripts.Select(s => (s.Name, s.State)));
    }

    [Fact]
    public async Task An_edited_applied_script_fails_verify_and_migrate_until_repair()
    {
        await Migrator(First).MigrateAsync();
        var edited = new SqlScript(First.Name, "create table first (id bigint);");

        var verify = await Assert.ThrowsAsync<MigrationException>(() => Migrator(edited, Second).VerifyAsync());
        var migrate = await Assert.ThrowsAsync<MigrationException>(() => Migrator(edited, Second).MigrateAsync());
        var repaired = await Migrator(edited, Second).RepairAsync();
        await Migrator(edited, Second).VerifyAsync();
        var applied = await Migrator(edited, Second).MigrateAsync();

        Assert.Equal(MigrationFailure.Drift, verify.Failure);
        Assert.Contains(First.Name, verify.Message, StringComparison.Ordinal);
        Assert.Equal(MigrationFailure.Drift, migrate.Failure);
        Assert.Equal([First.Name], repaired);
        Assert.Equal([Second.Name], applied.AppliedScripts);
    }

    [Fact]
    public async Task Line_endings_alone_are_not_drift()
    {
        await Migrator(new SqlScript("0001_crlf.sql", "create table crlf (id int);\r\ncreate table crlf2 (id int);\r\n")).MigrateAsync();

        await Migrator(new SqlScript("0001_crlf.sql", "create table crlf (id int);\ncreate table crlf2 (id int);\n")).VerifyAsync();
    }

    [Fact]
    public async Task Out_of_order_scripts_are_refused_unless_allowed()
    {
        await Migrator(First, Third).MigrateAsync();

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator(First, Second, Third).MigrateAsync());
        var allowed = await Migrator(First, Second, Third).MigrateAsync(new MigrateOptions { AllowOutOfOrder = true });

        Assert.Equal(MigrationFailure.OutOfOrder, error.Failure);
        Assert.Equal([Second.Name], allowed.AppliedScripts);
    }

    [Fact]
    public async Task Migrators_racing_apply_each_script_exactly_once()
    {
        var slow = new SqlScript("0002_slow.sql", "select pg_sleep(0.3); create table slow (id int);");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Migrator(First, slow, Third).MigrateAsync())));

        Assert.Equal(3, results.Sum(r => r.AppliedScripts.Count));
        Assert.Equal([First.Name, slow.Name, Third.Name], results.SelectMany(r => r.AppliedScripts).Order(StringComparer.Ordinal));
        Assert.Equal(3L, await ScalarAsync("select count(*) from schemaversions"));
    }

    [Fact]
    public async Task A_migrator_waiting_longer_than_the_lock_timeout_gives_up()
    {
        await using var holder = await MigrationLockHolder.HoldAsync(_connectionString);

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => Migrator(First).MigrateAsync(new MigrateOptions { LockTimeout = TimeSpan.FromMilliseconds(300) }));

        Assert.Equal(MigrationFailure.LockTimeout, error.Failure);
        Assert.Equal(0L, await ScalarAsync("select count(*) from pg_tables where tablename = 'first'"));
    }

    // Regression: repair rewrote checksums while a migrator held the lock (and could be applying scripts).
    [Fact]
    public async Task Repair_waits_for_the_migration_lock_and_times_out_while_another_holder_keeps_it()
    {
        await Migrator(First).MigrateAsync();
        var edited = new SqlScript(First.Name, "create table first (id bigint);");
        var holder = await MigrationLockHolder.HoldAsync(_connectionString);

        var timedOut = await Assert.ThrowsAsync<MigrationException>(() => Migrator(edited).RepairAsync(TimeSpan.FromMilliseconds(300)));
        var waiting = Migrator(edited).RepairAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        var finishedWhileHeld = waiting.IsCompleted;
        await holder.DisposeAsync();
        var repaired = await waiting;

        Assert.Equal(MigrationFailure.LockTimeout, timedOut.Failure);
        Assert.False(finishedWhileHeld);
        Assert.Equal([First.Name], repaired);
        await Migrator(edited).VerifyAsync();
    }

    [Fact]
    public async Task Baseline_waits_for_the_migration_lock_and_times_out_while_another_holder_keeps_it()
    {
        var holder = await MigrationLockHolder.HoldAsync(_connectionString);

        var timedOut = await Assert.ThrowsAsync<MigrationException>(() => Migrator(First, Second).BaselineAsync(First.Name, TimeSpan.FromMilliseconds(300)));
        var waiting = Migrator(First, Second).BaselineAsync(First.Name, TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        var finishedWhileHeld = waiting.IsCompleted;
        await holder.DisposeAsync();
        var marked = await waiting;

        Assert.Equal(MigrationFailure.LockTimeout, timedOut.Failure);
        Assert.False(finishedWhileHeld);
        Assert.Equal([First.Name], marked);
        Assert.Equal(0L, await ScalarAsync("select count(*) from pg_tables where tablename = 'first'"));
    }

    [Fact]
    public async Task A_journal_written_by_plain_DbUp_is_adopted_and_upgraded_in_place()
    {
        var plain = DeployChanges.To.PostgresqlDatabase(_connectionString)
            .WithScripts(First, Second)
            .JournalToPostgresqlTable("public", "schemaversions")
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        Assert.True(plain.Successful);

        var before = await Migrator(First, Second, Third).GetStatusAsync();
        var repaired = await Migrator(First, Second, Third).RepairAsync();
        var applied = await Migrator(First, Second, Third).MigrateAsync();
        var after = await Migrator(First, Second, Third).GetStatusAsync();

        Assert.Equal([ScriptState.Applied, ScriptState.Applied, ScriptState.Pending], before.Scripts.Select(s => s.State));
        Assert.Null(before.Scripts[0].Journal!.Checksum);
        Assert.Equal([First.Name, Second.Name], repaired);
        Assert.Equal([Third.Name], applied.AppliedScripts);
        Assert.All(after.Scripts, s => Assert.NotNull(s.Journal!.Checksum));
    }

    private Task<long> ScalarAsync(string sql) => SchemaCatalog.CountAsync(_connectionString, sql);
}
