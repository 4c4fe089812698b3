using System.Data.Common;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>One user of an owner's audience, as <c>trips/read_audience_before_write</c> lists them.</summary>
internal sealed class AudienceRow : IRowReader<Guid>
{
    public static IReadOnlyList<string> Columns { get; } = ["invitedUserId"];

    public static Guid Read(DbDataReader reader) => reader.GetGuid(0);
}
