using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using TravelPlanner.Data.Sql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Sql;

/// <summary>
/// The retry rule rests on each statement's declared kind (<see cref="ReadQuery"/> may be retried after it reached
/// the server, <see cref="WriteQuery"/> may not). These tests hold every declaration to what the SQL does.
/// </summary>
public sealed partial class QueryKindTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    public static TheoryData<string> Declared() => [.. DeclaredQueries.All.Select(q => q.Name).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Declared))]
    public void A_query_is_declared_a_write_exactly_when_its_text_writes_or_locks(string name)
    {
        var declarations = DeclaredQueries.All.Where(q => q.Name == name).ToList();
        var text = declarations[0].Text;

        var writes = WritesOrLocks().IsMatch(Comments().Replace(text, " "));

        // Declared the same way everywhere it is declared, and the way its text reads.
        Assert.All(declarations, q => Assert.Equal(writes ? typeof(WriteQuery) : typeof(ReadQuery), q.GetType()));
    }

    [Fact]
    public async Task Every_read_query_runs_in_a_read_only_transaction()
    {
        // Each ReadQuery is run with every parameter null inside BEGIN READ ONLY: PostgreSQL refuses any write
        // there (25006), whatever the text looks like. A statement whose null parameters PostgreSQL cannot type
        // is skipped (nothing ran); the assertion at the end keeps that from becoming most of them.
        var reads = DeclaredQueries.All.OfType<ReadQuery>().DistinctBy(q => q.Name).ToList();
        var ran = 0;
        await using var connection = await database.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        foreach (var query in reads)
        {
            await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await connection.ExecuteAsync("set transaction read only", transaction: transaction);
            var parameters = new DynamicParameters();
            foreach (var name in Parameters().Matches(Comments().Replace(query.Text, " ")).Select(m => m.Groups[1].Value).Distinct())
            {
                parameters.Add(name, null);
            }

            try
            {
                await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(query.Text, parameters, transaction, cancellationToken: TestContext.Current.CancellationToken));
                while (await reader.NextResultAsync(TestContext.Current.CancellationToken))
                {
                    // Every statement of a batch runs.
                }

                ran++;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction)
            {
                Assert.Fail($"{query.Name} is declared a read but writes: {e.MessageText}");
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.IndeterminateDatatype or PostgresErrorCodes.UndefinedFunction or PostgresErrorCodes.DatatypeMismatch or PostgresErrorCodes.InvalidParameterValue)
            {
                // Null of unknown type where PostgreSQL needs one: not a write, and nothing ran.
            }

            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        // Most reads really ran, so the check above is not vacuous.
        Assert.True(ran >= reads.Count / 2, $"only {ran} of {reads.Count} read queries could run with null parameters");
    }

    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    // DML, DDL, COPY, maintenance, sequences, row locks and advisory locks.
    [GeneratedRegex(@"\b(insert|update|delete|merge|truncate|alter|create|drop|grant|revoke|call|do|lock|copy|vacuum|analyze|refresh|nextval|setval|pg_(try_)?advisory\w*)\b|\bfor\s+(no\s+key\s+update|key\s+share|share)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WritesOrLocks();

    [GeneratedRegex(@"(?<![@\w])@(\w+)")]
    private static partial Regex Parameters();
}
