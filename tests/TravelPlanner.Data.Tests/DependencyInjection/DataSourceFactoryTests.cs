using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TravelPlanner.Data.DependencyInjection;

namespace TravelPlanner.Data.Tests.DependencyInjection;

public sealed class DataSourceFactoryTests
{
    [Fact]
    public void The_library_data_source_auto_prepares_its_statements_by_default()
    {
        using var dataSource = DataSourceFactory.Create("Host=127.0.0.1;Database=travel");

        Assert.Equal(DataSourceFactory.DefaultMaxAutoPrepare, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=travel;Max Auto Prepare=0", 0)]
    [InlineData("Host=127.0.0.1;Database=travel;MaxAutoPrepare=7", 7)]
    public void A_connection_string_that_sets_max_auto_prepare_wins(string connectionString, int expected)
    {
        using var dataSource = DataSourceFactory.Create(connectionString);

        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxAutoPrepare);
    }

    [Fact]
    public void The_library_data_source_skips_the_reset_on_close_by_default()
    {
        using var dataSource = DataSourceFactory.Create("Host=127.0.0.1;Database=travel");

        Assert.True(new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=travel;No Reset On Close=false")]
    [InlineData("Host=127.0.0.1;Database=travel;NoResetOnClose=false")]
    public void A_connection_string_that_sets_no_reset_on_close_wins(string connectionString)
    {
        using var dataSource = DataSourceFactory.Create(connectionString);

        Assert.False(new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).NoResetOnClose);
    }
}
