using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Resilience;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Resilience;

/// <summary>Retries log a Warning (EventId 3001) and the services a Debug line (3101-3103), through source-generated LoggerMessage methods.</summary>
public sealed class RetryLoggingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_retried_failure_is_logged_as_a_warning_with_its_event_id()
    {
        var logger = new CapturingLogger();
        var retry = DatabaseRetry.ForWrites(new RetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) }, logger);
        var calls = 0;

        var result = await retry.ExecuteAsync(
            _ => ++calls == 1 ? throw new ConnectionOpenException(new NpgsqlException("down", new IOException("reset"))) : Task.FromResult(42),
            TestContext.Current.CancellationToken);

        Assert.Equal(42, result);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal((3001, LogLevel.Warning), (entry.EventId.Id, entry.Level));
        Assert.Contains("retry 1", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_login_is_logged_at_debug_without_the_e_mail()
    {
        var logger = new CapturingLogger();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new SingleLoggerProvider(logger)));
        services.AddTravelPlannerData(o =>
        {
            o.ConnectionString = database.ConnectionString;
            o.PasswordWorkFactor = 4;
        });
        await using var provider = services.BuildServiceProvider();
        var users = provider.GetRequiredService<IUserService>();
        var email = $"log-{Guid.NewGuid():N}@example.com";
        await users.RegisterAsync(new Data.Models.RegisterUser(email, "correct horse battery", "A", "B"), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => users.AuthenticateAsync(email, "wrong password!", TestContext.Current.CancellationToken));

        Assert.Contains(logger.Entries, e => e.EventId.Id == 3103 && e.Level == LogLevel.Debug);
        var refused = Assert.Single(logger.Entries, e => e.EventId.Id == 3101);
        Assert.Equal(LogLevel.Debug, refused.Level);
        Assert.DoesNotContain(email, refused.Message, StringComparison.Ordinal);
    }

    private sealed record Entry(EventId EventId, LogLevel Level, string Message);

    private sealed class CapturingLogger : ILogger
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue(new Entry(eventId, logLevel, formatter(state, exception)));
    }

    private sealed class SingleLoggerProvider(ILogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => categoryName.StartsWith("TravelPlanner", StringComparison.Ordinal) ? logger : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }
    }
}
