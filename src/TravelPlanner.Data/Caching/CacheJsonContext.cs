using System.Text.Json.Serialization;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// Source-generated (reflection-free) JSON for every cached payload. Decimals keep their scale, dates are
/// ISO <c>yyyy-MM-dd</c>, instants keep their UTC kind, enums are written by name so an entry stays
/// readable in <c>redis-cli</c> and survives a reordering of enum members.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(PagedResult<TripSummary>))]
[JsonSerializable(typeof(TripStatistics))]
[JsonSerializable(typeof(Airport))]
[JsonSerializable(typeof(IReadOnlyList<Airport>))]
[JsonSerializable(typeof(CompanionPage))]
[JsonSerializable(typeof(IReadOnlyList<Voucher>))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
