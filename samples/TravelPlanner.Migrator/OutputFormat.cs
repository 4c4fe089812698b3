using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TravelPlanner.Migrator;

/// <summary>How a report is printed: a table for people, or one JSON document on stdout for CI.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}

/// <summary><c>--output text|json</c> and the JSON writer every report uses.</summary>
internal static class Output
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Option<OutputFormat> Option() => new("--output", "-o")
    {
        Description = "text (default): tables for people; json: one JSON document on stdout, for CI (notes go to stderr).",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Task WriteJsonAsync<T>(T value) => Console.Out.WriteLineAsync(JsonSerializer.Serialize(value, Json));
}
