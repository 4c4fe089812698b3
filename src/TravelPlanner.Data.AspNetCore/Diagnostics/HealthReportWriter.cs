using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TravelPlanner.Data.Diagnostics;

/// <summary>
/// A health report as JSON: <c>{"status":"Degraded","entries":{"travelplanner-redis":{"status":"Degraded","description":"..."}}}</c>.
/// Written with <see cref="Utf8JsonWriter"/> (no reflection, trim-safe); exception details are left out.
/// </summary>
internal static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status.ToString());
            writer.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
            writer.WriteStartObject("entries");
            foreach (var (name, entry) in report.Entries)
            {
                writer.WriteStartObject(name);
                writer.WriteString("status", entry.Status.ToString());
                writer.WriteString("description", entry.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }
}
