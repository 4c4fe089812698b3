using System.Text.Json;
using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Sql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

public sealed class AirportServiceTests(AirportDatabase airports) : IClassFixture<AirportDatabase>, IAsyncLifetime
{
    private TestServices _services = null!;

    private IAirportService Airports => _services.Get<IAirportService>();

    public ValueTask InitializeAsync()
    {
        _services = TestServices.Create(airports.Database);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task Looking_up_ord_in_lower_case_returns_chicago_ohare_with_every_column()
    {
        var ord = await Airports.GetAirportByCodeAsync("ord");

        Assert.Equal(
            new Data.Models.Airport("ORD", "KORD", "Chicago O'Hare International Airport", "Chicago", "United States", 41.976940m, -87.908150m, "America/Chicago"),
            ord);
    }

    [Fact]
    public async Task Looking_up_LHR_with_surrounding_spaces_returns_london_heathrow()
    {
        var lhr = await Airports.GetAirportByCodeAsync(" LHR ");

        Assert.Equal("London Heathrow Airport", lhr.Name);
        Assert.Equal("EGLL", lhr.Icao);
        Assert.Equal("Europe/London", lhr.Timezone);
    }

    [Fact]
    public async Task An_airport_without_an_icao_code_reads_it_as_null()
    {
        var ahd = await Airports.GetAirportByCodeAsync("AHD");

        Assert.Null(ahd.Icao);
        Assert.Equal("Ardmore Downtown Executive Airport", ahd.Name);
    }

    // Issue 16: the airports' text is read from the column's bytes and shared between rows (ReferenceText); non-ASCII
    // names decode exactly, and a second read hands back the same string objects instead of new ones.
    [Fact]
    public async Task Reading_an_airport_twice_gives_its_exact_non_ascii_text_shared_between_the_reads()
    {
        var first = await Airports.GetAirportByCodeAsync("JHF");
        var again = (await Airports.SearchAirportsAsync("São Roque", 10)).Single(a => a.Iata == "JHF");

        Assert.Equal("São Paulo Catarina Executive Airport", first.Name);
        Assert.Equal("São Roque", first.City);
        Assert.Equal(first, again);
        Assert.Same(first.Name, again.Name);
        Assert.Same(first.City, again.City);
        Assert.Same(first.Country, again.Country);
        Assert.Equal("Türkmenabat International Airport", (await Airports.GetAirportByCodeAsync("CRZ")).Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("LH")]
    [InlineData("LHRX")]
    [InlineData("L1R")]
    [InlineData("ÖRD")]
    [InlineData("L%R")]
    public async Task An_airport_code_that_is_not_three_letters_is_refused_on_code(string? code)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Airports.GetAirportByCodeAsync(code!));

        Assert.Equal("code", error.Field);
    }

    [Fact]
    public async Task An_unknown_airport_code_is_not_found()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => Airports.GetAirportByCodeAsync("qqq"));

        Assert.Equal("airport", error.Resource);
        Assert.Equal("QQQ", error.Id);
    }

    [Fact]
    public async Task Searching_chicago_ranks_the_airports_in_the_city_chicago_before_those_that_merely_mention_it()
    {
        var results = await Airports.SearchAirportsAsync("chicago", 20);

        var codes = results.Select(a => a.Iata).ToList();
        Assert.Equal(["MDW", "ORD"], codes.Take(2));
        // Chicago Executive, Chicago/Rockford: names that start with "Chicago" but sort after the exact-city airports.
        Assert.Contains("PWK", codes.Skip(2));
        Assert.Contains("RFD", codes.Skip(2));
        Assert.All(results.Skip(2), a => Assert.NotEqual("chicago", a.City, StringComparer.OrdinalIgnoreCase));
        Assert.All(results, a => Assert.Contains("chicago", a.City + " " + a.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Searching_london_lists_the_citys_large_airports_with_scheduled_service_first_then_smaller_ones()
    {
        // Issue 16: within the exact-city tier the airport people mean comes first (airports.significance, migration
        // 0010), then by name as the seed ranks: the four large airports, then the medium ones with scheduled
        // service (London, Ontario and London City), then the airfields without (Biggin Hill; London, Kentucky; Northolt).
        var codes = (await Airports.SearchAirportsAsync("london", 20)).Select(a => a.Iata).ToList();

        Assert.Equal(["LGW", "LHR", "LTN", "STN", "YXU", "LCY"], codes.Take(6));
        Assert.Equal(["BQH", "LOZ", "NHT"], codes.Skip(6).Take(3));
        Assert.All(codes.Skip(9), code => Assert.DoesNotContain(code, (string[])["LGW", "LHR", "LTN", "STN", "YXU", "LCY", "BQH", "LOZ", "NHT"]));
    }

    [Fact]
    [Trait(PostgresFixture.TargetTrait, "postgres")]
    public async Task The_search_statement_is_planned_once_and_then_runs_on_its_generic_plan()
    {
        // Issue 16: with the search values visible to the planner every call was planned again (13 custom plans, no
        // generic one), and planning cost more than executing. PostgreSQL's own plan cache: not on a Citus coordinator.
        var statements = await PreparedPlans.RunAsync(
            airports.Database.ConnectionString,
            QueryCatalog.Read("airports/search_airports").Text,
            new Dictionary<string, object> { ["Query"] = "chicago", ["Pattern"] = LikePattern.Contains("chicago"), ["Limit"] = 10 });

        var search = Assert.Single(statements);
        Assert.True(search.Generic > 0, $"the prepared search never used its generic plan: {search}");
    }

    [Theory]
    [InlineData("LHR")]
    [InlineData("lhr")]
    public async Task Searching_an_iata_code_finds_that_airport_first_though_its_name_and_city_do_not_contain_it(string query)
    {
        var results = await Airports.SearchAirportsAsync(query);

        Assert.Equal("LHR", results[0].Iata);
        Assert.DoesNotContain("lhr", results[0].Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Searching_london_puts_every_airport_in_a_city_named_london_first()
    {
        var results = await Airports.SearchAirportsAsync("London", 50);

        var exactCity = results.TakeWhile(a => a.City == "London").Select(a => a.Iata).Order().ToList();
        Assert.Equal(["BQH", "LCY", "LGW", "LHR", "LOZ", "LTN", "NHT", "STN", "YXU"], exactCity);
        Assert.True(results.Count > exactCity.Count, "airports whose names merely contain London follow");
        Assert.DoesNotContain(results.Skip(exactCity.Count), a => a.City == "London");
    }

    [Fact]
    public async Task Searching_lon_matches_city_or_name_anywhere_case_insensitively_up_to_the_limit()
    {
        var results = await Airports.SearchAirportsAsync("lon", 10);

        Assert.Equal(10, results.Count);
        Assert.All(results, a => Assert.Contains("lon", a.City + "\n" + a.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(results.Count, results.DistinctBy(a => a.Iata).Count());
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("o_hare")]
    [InlineData("chic%go")]
    [InlineData("%hicago")]
    public async Task Wildcards_in_the_query_match_only_themselves(string query)
    {
        // Unescaped, each of these would match O'Hare (or everything); no name or city holds %, _ or \.
        var results = await Airports.SearchAirportsAsync(query, 50);

        Assert.Empty(results);
    }

    [Fact]
    public async Task A_quote_in_the_query_is_just_text()
    {
        var results = await Airports.SearchAirportsAsync("o'hare");

        Assert.Equal("ORD", Assert.Single(results).Iata);
    }

    [Fact]
    public async Task The_limit_is_capped_at_fifty()
    {
        var results = await Airports.SearchAirportsAsync("a", 1000);

        Assert.Equal(IAirportService.MaxSearchLimit, results.Count);
        Assert.Equal(50, IAirportService.MaxSearchLimit);
    }

    [Theory]
    [InlineData(null, 10, "query")]
    [InlineData("", 10, "query")]
    [InlineData("   ", 10, "query")]
    [InlineData("chicago", 0, "limit")]
    [InlineData("chicago", -5, "limit")]
    public async Task An_empty_query_or_a_limit_below_one_is_refused(string? query, int limit, string field)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Airports.SearchAirportsAsync(query!, limit));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task A_query_longer_than_100_characters_is_refused()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Airports.SearchAirportsAsync(new string('a', 101)));

        Assert.Equal("query", error.Field);
    }

    [Theory]
    [InlineData("chicago")]
    [InlineData("heathrow")]
    [InlineData("lon")]
    [Trait(PostgresFixture.TargetTrait, "postgres")]
    public async Task The_search_query_is_planned_as_a_bitmap_scan_of_the_trigram_indexes(string query)
    {
        // PostgreSQL's own plan shape; on a Citus coordinator the plan is Citus's (the reference table's shard is
        // planned inside it), so ./build.sh test-citus leaves this out.
        var sql = "explain (format json) " + QueryCatalog.Read("airports/search_airports").Text;
        await using var command = airports.Database.DataSource.CreateCommand(sql);
        // The parameters as the repository sends them through Dapper: text, text, integer.
        command.Parameters.AddWithValue("Query", query);
        command.Parameters.AddWithValue("Pattern", LikePattern.Contains(query));
        command.Parameters.AddWithValue("Limit", 10);

        var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);

        var indexScans = Nodes(plan.RootElement[0].GetProperty("Plan"))
            .Where(n => n.GetProperty("Node Type").GetString() == "Bitmap Index Scan")
            .Select(n => n.GetProperty("Index Name").GetString())
            .ToList();
        Assert.Contains("airports_city_trgm", indexScans);
        Assert.Contains("airports_name_trgm", indexScans);
        Assert.DoesNotContain(Nodes(plan.RootElement[0].GetProperty("Plan")), n => n.GetProperty("Node Type").GetString() == "Seq Scan");
    }

    [Theory]
    [InlineData("aa", "AA", "American Airlines")]
    [InlineData("U2", "U2", "easyJet")]
    [InlineData("6e", "6E", "IndiGo")]
    [InlineData(" BA ", "BA", "British Airways")]
    [InlineData("baw", "BA", "British Airways")]
    [InlineData("EZY", "U2", "easyJet")]
    public void An_airline_is_found_by_its_iata_or_icao_designator(string code, string iata, string name)
    {
        var airline = Airports.GetAirlineByCode(code);

        Assert.NotNull(airline);
        Assert.Equal(iata, airline.Iata);
        Assert.Equal(name, airline.Name);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("QQQ")]
    public void An_unknown_airline_designator_gives_null(string code) => Assert.Null(Airports.GetAirlineByCode(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("ABCD")]
    [InlineData("A1B")]
    [InlineData("A-")]
    public void A_malformed_airline_designator_is_refused_on_code(string? code)
    {
        var error = Assert.Throws<ValidationException>(() => Airports.GetAirlineByCode(code!));

        Assert.Equal("code", error.Field);
    }

    [Fact]
    public void Parsing_a_flight_number_resolves_the_airline_from_the_shipped_data()
    {
        var result = Airports.ParseFlightNumber("ba 2490");

        Assert.True(result.Success);
        Assert.Equal("BA2490", result.Normalized);
        Assert.Equal("British Airways", result.Airline?.Name);
    }

    [Fact]
    public void Parsing_garbage_gives_a_failed_result_not_an_exception()
    {
        var result = Airports.ParseFlightNumber("not a flight");

        Assert.False(result.Success);
        Assert.Contains("not a flight number", result.Error, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement node)
    {
        yield return node;
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray().SelectMany(Nodes))
            {
                yield return child;
            }
        }
    }
}
