using DotNet.Testcontainers.Configurations;

namespace TravelPlanner.Data.Testing;

internal static class DockerEngine
{
    private static readonly Lazy<bool> Available = new(Probe);

    /// <summary>True when Testcontainers found a Docker endpoint that answers (and TRAVELPLANNER_TEST_NO_DOCKER is not set).</summary>
    public static bool IsAvailable => Available.Value;

    private static bool Probe()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TRAVELPLANNER_TEST_NO_DOCKER")))
        {
            return false;
        }

        try
        {
            // Testcontainers pings each candidate endpoint and leaves this null when none answers.
            return TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;
        }
        catch (Exception e) when (e is InvalidOperationException or TypeInitializationException or ArgumentException)
        {
            return false;
        }
    }
}
