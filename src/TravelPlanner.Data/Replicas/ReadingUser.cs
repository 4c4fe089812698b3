using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace TravelPlanner.Data.Replicas;

/// <summary>
/// Whose read a statement is: the <c>UserId</c> its parameters bind (every per-user statement has one, it is the
/// ownership rule: <c>where "userId" = @UserId</c>); null for shared data. The accessor is built once per parameter type.
/// </summary>
internal static class ReadingUser
{
    private static readonly ConcurrentDictionary<Type, Func<object, Guid?>> Accessors = new();

    public static Guid? Of(object? parameters) =>
        parameters is null ? null : Accessors.GetOrAdd(parameters.GetType(), Build)(parameters);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The parameter objects are the library's own anonymous types, never trimmed away.")]
    private static Func<object, Guid?> Build(Type type)
    {
        var property = type.GetProperty("UserId");
        return property?.PropertyType == typeof(Guid) ? p => (Guid)property.GetValue(p)! : _ => null;
    }
}
