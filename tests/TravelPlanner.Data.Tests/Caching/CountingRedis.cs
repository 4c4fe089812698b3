using System.Collections.Concurrent;
using System.Reflection;
using StackExchange.Redis;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// A real multiplexer whose databases count the calls made through them by method name (each call of
/// <see cref="IDatabase"/> is one Redis command or one script), so a test can assert how many round trips a cache read
/// takes. Everything is forwarded to the real connection.
/// </summary>
public class CountingRedis : DispatchProxy
{
    private IConnectionMultiplexer _target = null!;

    /// <summary>The calls made through the databases handed out, by <see cref="IDatabase"/> method name.</summary>
    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public static (IConnectionMultiplexer Connection, CountingRedis Counter) Wrap(IConnectionMultiplexer target)
    {
        var proxy = Create<IConnectionMultiplexer, CountingRedis>();
        var counter = (CountingRedis)(object)proxy;
        counter._target = target;
        return (proxy, counter);
    }

    /// <summary>The calls made since the last take, as "Method×count" by name, then forgets them.</summary>
    public string Take()
    {
        var made = string.Join(", ", Calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}×{c.Value}"));
        Calls.Clear();
        return made;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var result = Forward(_target, targetMethod!, args);
        if (targetMethod!.Name == nameof(IConnectionMultiplexer.GetDatabase) && result is IDatabase database)
        {
            var counted = DispatchProxy.Create<IDatabase, CountingDatabase>();
            ((CountingDatabase)(object)counted).Init(database, this);
            return counted;
        }

        return result;
    }

    internal static object? Forward(object target, MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}

/// <summary>One database of <see cref="CountingRedis"/>.</summary>
public class CountingDatabase : DispatchProxy
{
    private IDatabase _target = null!;
    private CountingRedis _counter = null!;

    internal void Init(IDatabase target, CountingRedis counter)
    {
        _target = target;
        _counter = counter;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name.EndsWith("Async", StringComparison.Ordinal))
        {
            _counter.Calls.AddOrUpdate(targetMethod.Name, 1, (_, n) => n + 1);
        }

        return CountingRedis.Forward(_target, targetMethod, args);
    }
}
