using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// With standbys (<c>load --replica</c>): which server answered each operation's reads (the library's
/// <c>travelplanner.db.reads</c> counter, attributed to the operation through an async-local name) and what the
/// read-your-writes check cost (<c>travelplanner.db.freshness_check.duration</c>).
/// </summary>
internal sealed class ReadShares : IDisposable
{
    private static readonly AsyncLocal<string?> Operation = new();
    private readonly ConcurrentDictionary<(string Operation, string Server), long> _reads = new();
    private readonly MeterListener _listener = new();
    private long _checks;
    private double _checkMs;

    public ReadShares()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TravelPlannerDiagnostics.Name && instrument.Name is "travelplanner.db.reads" or "travelplanner.db.freshness_check.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "server")
                {
                    _reads.AddOrUpdate((Operation.Value ?? "(setup)", (string)tag.Value!), 1, (_, n) => n + 1);
                }
            }
        });
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            Interlocked.Increment(ref _checks);
            lock (_listener)
            {
                _checkMs += value;
            }
        });
        _listener.Start();
    }

    /// <summary>The operations, each naming itself for the reads it makes.</summary>
    public static IReadOnlyList<LoadOperation> Attributed(IReadOnlyList<LoadOperation> operations) =>
        operations.Select(o => o with
        {
            Call = async context =>
            {
                Operation.Value = o.Name;
                await o.Call(context).ConfigureAwait(false);
            },
        }).ToList();

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| operation | reads | standby | primary (freshness) | primary (no standby) |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var operation in _reads.Keys.Select(k => k.Operation).Distinct().Order(StringComparer.Ordinal))
        {
            long Count(string server) => _reads.GetValueOrDefault((operation, server));
            var all = Count("standby") + Count("primary_for_freshness") + Count("primary_no_standby");
            string Share(string server) => string.Create(CultureInfo.InvariantCulture, $"{(double)Count(server) / all:P1}");
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {operation} | {all:N0} | {Share("standby")} | {Share("primary_for_freshness")} | {Share("primary_no_standby")} |"));
        }

        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Read-your-writes check: {_checks:N0} standby reads checked, {(_checks == 0 ? 0 : _checkMs / _checks * 1000):F1} µs each on average."));
        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();
}
