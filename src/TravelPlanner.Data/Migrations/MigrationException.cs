namespace TravelPlanner.Data.Migrations;

/// <summary>A migration run failed. The message is one line a console can print as it is.</summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MigrationException(MigrationFailure failure, string message, string? scriptName = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        ScriptName = scriptName;
    }

    /// <summary>What kind of failure this was.</summary>
    public MigrationFailure Failure { get; }

    /// <summary>The script that failed, when <see cref="Failure"/> is <see cref="MigrationFailure.ScriptFailed"/>.</summary>
    public string? ScriptName { get; }
}
