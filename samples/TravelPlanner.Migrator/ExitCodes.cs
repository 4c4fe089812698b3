namespace TravelPlanner.Migrator;

/// <summary>The console's exit codes; scripts and CI may rely on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int ServerUnreachable = 3;
    public const int AuthenticationFailed = 4;
    public const int ScriptFailed = 5;
    public const int NoServer = 6;
    public const int PendingMigrations = 7;
    public const int Drift = 8;
    public const int LockTimeout = 9;
    public const int OutOfOrder = 10;
    public const int ScriptMissing = 11;
}
