using PublicApiGenerator;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.PublicApi;

/// <summary>
/// The public surface of each package is checked in (<c>TravelPlanner.Data.approved.txt</c>,
/// <c>TravelPlanner.Data.Redis.approved.txt</c>, ...): a change to it is a deliberate, reviewed diff. To accept a change, copy the <c>.received.txt</c> this test writes
/// over the approved file (or run the tests with <c>TRAVELPLANNER_ACCEPT_API=1</c>) and commit it.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "TravelPlanner.Data.Tests", "PublicApi");

    public static TheoryData<string> Packages => new(
        typeof(ITripService).Assembly.GetName().Name!,
        typeof(TravelPlanner.Data.Caching.TravelPlannerCacheOptions).Assembly.GetName().Name!,
        typeof(TravelPlanner.Data.Diagnostics.TravelPlannerHealthTags).Assembly.GetName().Name!,
        typeof(global::OpenTelemetry.Trace.TravelPlannerDataTracerProviderBuilderExtensions).Assembly.GetName().Name!);

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_matches_the_approved_file(string assemblyName)
    {
        var approvedPath = Path.Combine(Folder, $"{assemblyName}.approved.txt");
        var receivedPath = Path.Combine(Folder, $"{assemblyName}.received.txt");
        var received = System.Reflection.Assembly.Load(assemblyName).GeneratePublicApi(new ApiGeneratorOptions
        {
            // The extensions live in the namespaces of what they extend (DI, ASP.NET Core's endpoint builder, OpenTelemetry's
            // provider builders), which the generator skips by default.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder", "OpenTelemetry"],
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
            $"The public API of {assemblyName} changed. Compare " + receivedPath + " with " + approvedPath +
            "; if the change is intended, copy the received file over the approved one (or run the tests with " +
            "TRAVELPLANNER_ACCEPT_API=1) and commit it. Removing or changing a public member breaks package users.");
    }
}
