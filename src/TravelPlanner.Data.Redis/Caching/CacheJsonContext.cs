using System.Text.Json.Serialization;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// Source-generated (reflection-free) JSON for every cached payload. Decimals keep their scale, dates are
/// ISO <c>yyyy-MM-dd</c>, instants keep their UTC kind, enums are written by name so an entry stays
/// readable in <c>redis-cli</c> and survives a reordering of enum members. Reading is strict: a member missing from the
/// JSON (<c>{}</c>) or a null where the model says non-null is a <see cref="System.Text.Json.JsonException"/>, so
/// <see cref="CacheStore"/> treats such an entry as a miss instead of serving a half-empty value (issue 14, item 2).
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(PagedResult<TripSummary>))]
[JsonSerializable(typeof(TripStatistics))]
[JsonSerializable(typeof(TripDetails))]
[JsonSerializable(typeof(Airport))]
[JsonSerializable(typeof(IReadOnlyList<Airport>))]
[JsonSerializable(typeof(CompanionPage))]
[JsonSerializable(typeof(IReadOnlyList<Voucher>))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
