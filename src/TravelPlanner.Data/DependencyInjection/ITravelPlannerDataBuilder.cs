#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>
/// What <c>AddTravelPlannerData</c> returns: the service collection the library was registered in, for the sibling
/// packages' one-line extensions (<c>.AddRedisCache(...)</c> in TravelPlanner.Data.Redis), which decorate or replace
/// what the core registered and so come after it.
/// </summary>
public interface ITravelPlannerDataBuilder
{
    /// <summary>The host's service collection.</summary>
    IServiceCollection Services { get; }
}
