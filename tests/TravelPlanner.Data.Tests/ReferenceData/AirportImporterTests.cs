using TravelPlanner.Data.Errors;
using TravelPlanner.Data.ReferenceData;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.ReferenceData;

// Tests in a class run one after another; each one sets the table to the state it starts from.
public sealed class AirportImporterTests(TestDatabase database, PostgresFixture postgres) : IClassFixture<TestDatabase>
{
    private const int ShippedRows = 7_884;
    private const string Header = "iata,icao,name,city,country,latitude,longitude,timezone\n";

    private AirportImporter Importer => new(database.ConnectionString);

    [Fact]
    public async Task Importing_into_an_empty_table_inserts_every_shipped_airport()
    {
        await ExecuteAsync("delete from airports");

        var result = await Importer.ImportAsync();

        Assert.Equal((ShippedRows, ShippedRows, 0, 0), (result.Read, result.Inserted, result.Updated, result.Unchanged));
        Assert.Equal(ShippedRows, await ScalarAsync<long>("select count(*) from airports"));
        Assert.True(result.RowsPerSecond > 0);
    }

    [Fact]
    public async Task The_sanity_rows_of_the_data_readme_are_stored_as_written()
    {
        await Importer.ImportAsync();

        Assert.Equal(
            "CDG|LFPG|Charles de Gaulle International Airport|Paris|France|49.012800|2.550000|Europe/Paris;" +
            "LHR|EGLL|London Heathrow Airport|London|United Kingdom|51.470600|-0.461940|Europe/London;" +
            "ORD|KORD|Chicago O'Hare International Airport|Chicago|United States|41.976940|-87.908150|America/Chicago",
            await ScalarAsync<string>(
                "select string_agg(concat_ws('|', iata, icao, name, city, country, latitude, longitude, timezone), ';' order by iata) " +
                "from airports where iata in ('ORD', 'LHR', 'CDG')"));
        Assert.Equal("Warren \"Bud\" Woods Palmer Municipal Airport", await ScalarAsync<string>("select name from airports where iata = 'PAQ'"));
        Assert.Equal("Baton Rouge Metro, Ryan Field", await ScalarAsync<string>("select name from airports where iata = 'BTR'"));
        Assert.Equal(277, await ScalarAsync<long>("select count(*) from airports where icao is null"));
    }

    [Fact]
    public async Task Importing_twice_leaves_the_table_exactly_as_it_was()
    {
        await Importer.ImportAsync();
        // xmin changes whenever a row is rewritten, so equal lists prove no row was touched.
        const string snapshot = "select string_agg(concat_ws('|', iata, xmin, icao, name, city, country, latitude, longitude, timezone), ';' order by iata) from airports";
        var before = await ScalarAsync<string>(snapshot);

        var second = await Importer.ImportAsync();

        Assert.Equal((ShippedRows, 0, 0, ShippedRows), (second.Read, second.Inserted, second.Updated, second.Unchanged));
        Assert.Equal(before, await ScalarAsync<string>(snapshot));
    }

    [Fact]
    public async Task A_changed_row_is_updated_a_missing_row_inserted_and_an_extra_row_kept()
    {
        await Importer.ImportAsync();
        await ExecuteAsync("update airports set name = 'Renamed', latitude = null where iata = 'LHR'");
        await ExecuteAsync("delete from airports where iata = 'CDG'");
        await ExecuteAsync("insert into airports (iata, name, city, country) values ('QQQ', 'Closed Field', 'Nowhere', 'Atlantis')");

        var result = await Importer.ImportAsync();

        Assert.Equal((ShippedRows, 1, 1, ShippedRows - 2), (result.Read, result.Inserted, result.Updated, result.Unchanged));
        Assert.Equal("London Heathrow Airport|51.470600", await ScalarAsync<string>("select name || '|' || latitude from airports where iata = 'LHR'"));
        Assert.Equal("Paris", await ScalarAsync<string>("select city from airports where iata = 'CDG'"));
        Assert.Equal(ShippedRows + 1, await ScalarAsync<long>("select count(*) from airports"));
        await ExecuteAsync("delete from airports where iata = 'QQQ'");
    }

    [Fact]
    public async Task Progress_is_reported_after_each_step_with_its_rows()
    {
        // Its own starting state (the full table less two rows), whatever test ran before it.
        await Importer.ImportAsync();
        await ExecuteAsync("delete from airports where iata in ('ORD', 'MDW')");
        var reports = new List<AirportImportProgress>();

        await Importer.ImportAsync(new Recorder(reports));

        Assert.Equal(
            [(AirportImportStep.Read, ShippedRows), (AirportImportStep.Copied, ShippedRows), (AirportImportStep.Upserted, 2)],
            reports.Select(r => (r.Step, r.Rows)));
    }

    [Fact]
    public async Task A_csv_row_the_table_refuses_fails_the_whole_import_and_writes_nothing()
    {
        await Importer.ImportAsync();
        var csv = Header +
                  "LHR,EGLL,Renamed Heathrow,London,United Kingdom,51.470600,-0.461940,Europe/London\n" +
                  "QQQ,QQQQ,Bad Latitude,Nowhere,Atlantis,95.000000,0,Etc/UTC\n";

        var error = await Assert.ThrowsAsync<ValidationException>(() => Importer.ImportAsync(new StringReader(csv)));

        Assert.Equal("latitude", error.Field);
        Assert.Equal("London Heathrow Airport", await ScalarAsync<string>("select name from airports where iata = 'LHR'"));
        Assert.Equal(0, await ScalarAsync<long>("select count(*) from airports where iata = 'QQQ'"));
    }

    [Theory]
    [InlineData("iata,name\nLHR,Heathrow\n", "Line 1: the header")]
    [InlineData(Header + "LHR,EGLL,,London,United Kingdom,1,1,Europe/London\n", "Line 2: 'name' is empty")]
    [InlineData(Header + "LHR,EGLL,Heathrow,London,United Kingdom,north,1,Europe/London\n", "Line 2: 'latitude' is 'north'")]
    [InlineData(Header + "LHR,EGLL,Heathrow,London\n", "Line 2: 4 fields; expected 8")]
    [InlineData(Header + "LHR,EGLL,\"Heathrow,London,United Kingdom,1,1,Europe/London\n", "Line 3: a quoted field is not closed")]
    [InlineData(Header + "LHR,,A,B,C,,,\nLHR,,A,B,C,,,\n", "Line 3: iata 'LHR' occurs more than once")]
    public async Task A_malformed_csv_is_refused_on_csv_naming_the_line(string csv, string message)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Importer.ImportAsync(new StringReader(csv)));

        Assert.Equal("csv", error.Field);
        Assert.StartsWith(message, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_without_the_airports_table_is_refused_with_a_message_to_migrate_first()
    {
        var empty = await postgres.CreateEmptyDatabaseAsync();
        try
        {
            var error = await Assert.ThrowsAsync<DataAccessException>(() => new AirportImporter(empty).ImportAsync());

            Assert.Contains("apply the migrations first", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await postgres.DropDatabaseAsync(empty);
        }
    }

    [Fact]
    public async Task The_importer_registered_by_AddTravelPlannerData_loads_through_the_librarys_data_source()
    {
        // Start from the full table, like the other tests here: test order within a class is not fixed.
        await Importer.ImportAsync();
        await ExecuteAsync("delete from airports where iata = 'SYD'");
        await using var services = TestServices.Create(database);

        var result = await services.Get<AirportImporter>().ImportAsync();

        Assert.Equal((1, 0), (result.Inserted, result.Updated));
        Assert.Equal("Sydney", await ScalarAsync<string>("select city from airports where iata = 'SYD'"));
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_at_construction()
    {
        Assert.Throws<ArgumentException>(() => new AirportImporter("Host=localhost;NoSuchKeyword=1"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed class Recorder(List<AirportImportProgress> reports) : IProgress<AirportImportProgress>
    {
        public void Report(AirportImportProgress value) => reports.Add(value);
    }
}
