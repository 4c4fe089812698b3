using PublicApiGenerator;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.PublicApi;

/// <summary>
/// The public surface of TravelPlanner.Data is checked in (<c>TravelPlanner.Data.approved.txt</c>): a change
/// to it is a deliberate, reviewed diff. To accept a change, copy the <c>.received.txt</c> this test writes
/// over the approved file (or run the tests with <c>TRAVELPLANNER_ACCEPT_API=1</c>) and commit it.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "TravelPlanner.Data.Tests", "PublicApi");

    [Fact]
    public void The_public_api_matches_the_approved_file()
    {
        var approvedPath = Path.Combine(Folder, "TravelPlanner.Data.approved.txt");
        var receivedPath = Path.Combine(Folder, "TravelPlanner.Data.received.txt");
        var received = typeof(ITripService).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The DI extensions live in Microsoft.Extensions.DependencyInjection, which the generator skips by default.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
            // Attributes such as InternalsVisibleTo and the target framework are not API.
            ExcludeAttributes = [
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
            ],
        }).ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("TRAVELPLANNER_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, received);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            "The public API of TravelPlanner.Data changed. Compare " + receivedPath + " with " + approvedPath +
            "; if the change is intended, copy the received file over the approved one (or run the tests with " +
            "TRAVELPLANNER_ACCEPT_API=1) and commit it. Removing or changing a public member breaks package users.");
    }
}
