using System.Text.RegularExpressions;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Tests.Sql;

/// <summary>
/// The benchmarks' pgbench scripts (samples/TravelPlanner.Benchmarks/pgbench) are the ceiling the library is measured
/// against, so they must run the library's statements: the same SQL, with pgbench's <c>:Name</c> for <c>@Name</c>.
/// (voucher-attach is left out: it picks a different voucher per transaction with <c>\set</c>.)
/// </summary>
public sealed partial class PgbenchScriptsTests
{
    [Theory]
    [InlineData("get-airport", "airports/get_airport_by_code")]
    [InlineData("list-user-trips", "trips/list_user_trips")]
    [InlineData("trip-details", "trips/get_trip_with_details")]
    [InlineData("airport-search", "airports/search_airports")]
    [InlineData("create-trip", "trips/insert_trip")]
    public void A_pgbench_script_runs_the_statement_the_library_sends(string script, string query)
    {
        var path = Path.Combine(RepositoryRoot.Path, "samples", "TravelPlanner.Benchmarks", "pgbench", script + ".sql");
        var lines = File.ReadAllLines(path).Where(line => !line.StartsWith('\\'));
        var pgbench = PgbenchVariable().Replace(SqlComments.Strip(string.Join('\n', lines)), "@$1");

        Assert.Equal(Words(QueryCatalog.Read(query).Text), Words(pgbench));
    }

    private static string Words(string sql) => Whitespace().Replace(sql, " ").Trim();

    // ":Name" but not the "::" of a cast.
    [GeneratedRegex(@"(?<!:):([A-Za-z]+)")]
    private static partial Regex PgbenchVariable();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
