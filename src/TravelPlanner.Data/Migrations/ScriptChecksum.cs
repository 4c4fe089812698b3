using System.Security.Cryptography;
using System.Text;

namespace TravelPlanner.Data.Migrations;

/// <summary>SHA-256 of a script's text with line endings normalised, so a checkout with CRLF is not "drift".</summary>
internal static class ScriptChecksum
{
    public static string Compute(string contents)
    {
        var normalised = contents.ReplaceLineEndings("\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
