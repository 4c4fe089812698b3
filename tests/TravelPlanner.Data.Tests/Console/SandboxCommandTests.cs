using Npgsql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Console;

/// <summary><c>sandbox -- COMMAND</c>: the program runs against a migrated, seeded database and a Redis it is told about.</summary>
// The class's database is already migrated: sandbox then applies nothing, and seeding is idempotent.
public sealed class SandboxCommandTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private string ConnectionString => database.ConnectionString;

    [Fact]
    public async Task The_program_gets_both_connection_strings_after_the_database_is_migrated_and_seeded()
    {
        var result = await MigratorConsole.RunAsync(
            "sandbox", "--connection", ConnectionString, "--",
            "/bin/sh", "-c", "test -n \"$ConnectionStrings__Redis\" && echo \"child sees: $ConnectionStrings__TravelPlanner\"");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains($"child sees: {ConnectionString}", result.Output, StringComparison.Ordinal);
        Assert.Contains("Airports: 7,884 read", result.Output, StringComparison.Ordinal);
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var count = dataSource.CreateCommand("select count(*) from airports");
        Assert.Equal(7_884L, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_programs_exit_code_is_the_commands_exit_code()
    {
        var result = await MigratorConsole.RunAsync("sandbox", "--connection", ConnectionString, "--", "/bin/sh", "-c", "exit 42");

        Assert.Equal(42, result.ExitCode);
        Assert.Contains("exited with 42", result.Error, StringComparison.Ordinal);
    }
}
