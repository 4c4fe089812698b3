using Npgsql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Console;

/// <summary><c>sandbox -- COMMAND</c>: the program runs against a migrated, seeded database and a Redis it is told about.</summary>
public sealed class SandboxCommandTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string _connectionString = string.Empty;

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateEmptyDatabaseAsync();

    public async ValueTask DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task The_program_gets_both_connection_strings_after_the_database_is_migrated_and_seeded()
    {
        var result = await MigratorConsole.RunAsync(
            "sandbox", "--connection", _connectionString, "--",
            "/bin/sh", "-c", "test -n \"$ConnectionStrings__Redis\" && echo \"child sees: $ConnectionStrings__TravelPlanner\"");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains($"child sees: {_connectionString}", result.Output, StringComparison.Ordinal);
        Assert.Contains("Airports: 7,884 read", result.Output, StringComparison.Ordinal);
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        await using var count = dataSource.CreateCommand("select count(*) from airports");
        Assert.Equal(7_884L, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_programs_exit_code_is_the_commands_exit_code()
    {
        var result = await MigratorConsole.RunAsync("sandbox", "--connection", _connectionString, "--", "/bin/sh", "-c", "exit 42");

        Assert.Equal(42, result.ExitCode);
        Assert.Contains("exited with 42", result.Error, StringComparison.Ordinal);
    }
}
