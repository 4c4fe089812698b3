#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>The one <see cref="ITravelPlannerDataBuilder"/>.</summary>
internal sealed class TravelPlannerDataBuilder(IServiceCollection services) : ITravelPlannerDataBuilder
{
    public IServiceCollection Services { get; } = services;
}
