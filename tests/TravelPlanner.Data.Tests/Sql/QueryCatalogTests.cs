using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Tests.Sql;

public sealed class QueryCatalogTests
{
    [Fact]
    public void Every_query_file_in_the_repository_is_embedded_under_its_path_like_name()
    {
        var root = Path.Combine(RepositoryRoot.Path, "sql", "queries");
        var onDisk = Directory.Exists(root)
            ? Directory.GetFiles(root, "*.sql", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')[..^".sql".Length])
                .ToList()
            : [];

        var embedded = QueryCatalog.All.Select(q => q.Name).ToList();

        Assert.Equal(onDisk.Order(StringComparer.Ordinal), embedded.Order(StringComparer.Ordinal));
        foreach (var query in QueryCatalog.All)
        {
            var text = File.ReadAllText(Path.Combine(root, query.Name + ".sql"));
            Assert.Equal(text, query.Text);
            Assert.False(string.IsNullOrWhiteSpace(query.Text), $"{query.Name} is empty");
        }
    }

    [Fact]
    public void Every_query_a_type_refers_to_resolves_and_every_embedded_query_is_used()
    {
        var used = DeclaredQueries.All;

        var unused = QueryCatalog.All.Select(q => q.Name).Where(n => !used.Any(q => q.Name == n)).ToList();
        Assert.Empty(unused);
    }

    [Fact]
    public void A_missing_query_fails_with_a_message_naming_the_file()
    {
        var error = Assert.Throws<InvalidOperationException>(() => QueryCatalog.Read("nowhere/no_such_query"));

        Assert.Contains("sql/queries/nowhere/no_such_query.sql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_migration_file_is_embedded_and_none_other()
    {
        var root = Path.Combine(RepositoryRoot.Path, "sql", "migrations");
        var onDisk = Directory.GetFiles(root, "*.sql")
            .Select(f => Path.GetFileName(f))
            .Where(n => !n.EndsWith(".down.sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(onDisk, DatabaseMigrator.ScriptNames);
        Assert.All(DatabaseMigrator.ScriptNames, n => Assert.Matches("^[0-9]{4}_[a-z0-9_]+\\.sql$", n));
    }

    [Fact]
    public void The_owners_sharing_lock_has_one_key_shared_by_trip_writes_and_exclusive_for_invitations()
    {
        var lockCall = new System.Text.RegularExpressions.Regex(@"pg_advisory_xact_lock(_shared)?\((.+?)\);");
        var shared = lockCall.Match(QueryCatalog.ReadAudienceBeforeWrite.Text);
        var exclusive = lockCall.Match(QueryCatalog.Write("invitations/insert_invitation").Text);

        Assert.True(shared.Success && exclusive.Success);
        Assert.Equal("_shared", shared.Groups[1].Value);
        Assert.Equal(string.Empty, exclusive.Groups[1].Value);
        Assert.Equal(shared.Groups[2].Value, exclusive.Groups[2].Value);
        Assert.Contains("@UserId", shared.Groups[2].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_announced_owner_trips_write_is_the_lock_and_audience_then_the_write()
    {
        var write = QueryCatalog.WriteOwnerTrips("trips/update_trip");

        Assert.Equal("trips/update_trip", write.Announced.Name);
        Assert.StartsWith(QueryCatalog.ReadAudienceBeforeWrite.Text, write.Announced.Text, StringComparison.Ordinal);
        Assert.EndsWith(write.Alone.Text, write.Announced.Text, StringComparison.Ordinal);
    }
}
