using System.Diagnostics;
using DbUp.Engine;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// DbUp's script executor (its <see cref="IScriptExecutor"/> extension point) with a stopwatch restarted
/// just before each script runs. The journal reads it when it writes the script's row, so a script run
/// outside a transaction, where <c>now()</c> is the journal INSERT's own start, gets its real duration too.
/// </summary>
internal sealed class TimedScriptExecutor(IScriptExecutor inner, Stopwatch scriptTimer) : IScriptExecutor
{
    public int? ExecutionTimeoutSeconds
    {
        get => inner.ExecutionTimeoutSeconds;
        set => inner.ExecutionTimeoutSeconds = value;
    }

    public void Execute(SqlScript script)
    {
        scriptTimer.Restart();
        inner.Execute(script);
    }

    public void Execute(SqlScript script, IDictionary<string, string> variables)
    {
        scriptTimer.Restart();
        inner.Execute(script, variables);
    }

    public void VerifySchema() => inner.VerifySchema();
}
