using System.Globalization;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace TravelPlanner.Data.Migrations;

/// <summary>Sends DbUp's output to an <see cref="ILogger"/>.</summary>
internal sealed class DbUpLogger(ILogger logger) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) => MigratorLog.DbUpMessage(logger, Format(format, args));

    public void LogDebug(string format, params object[] args) => MigratorLog.DbUpMessage(logger, Format(format, args));

    public void LogInformation(string format, params object[] args) => MigratorLog.DbUpMessage(logger, Format(format, args));

    public void LogWarning(string format, params object[] args) => MigratorLog.DbUpWarning(logger, Format(format, args));

    public void LogError(string format, params object[] args) => MigratorLog.DbUpError(logger, null, Format(format, args));

    public void LogError(Exception ex, string format, params object[] args) => MigratorLog.DbUpError(logger, ex, Format(format, args));

    private static string Format(string format, object[] args) =>
        args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
}
