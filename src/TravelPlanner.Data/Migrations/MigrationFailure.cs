namespace TravelPlanner.Data.Migrations;

/// <summary>Why a migration run could not complete.</summary>
public enum MigrationFailure
{
    /// <summary>The PostgreSQL server could not be reached (host, port, network).</summary>
    ServerUnreachable,

    /// <summary>The server refused the credentials or the role may not connect.</summary>
    AuthenticationFailed,

    /// <summary>A migration script failed; <see cref="MigrationException.ScriptName"/> names it.</summary>
    ScriptFailed,

    /// <summary>Anything else (permissions, invalid connection string, ...).</summary>
    Other,
}
