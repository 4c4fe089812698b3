using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.Packaging;

/// <summary>
/// Opens the packed nupkgs (TravelPlanner.Data and its sibling packages) (<c>./build.sh pack</c>, which <c>./build.sh test</c> runs
/// first) and checks what a package user gets. Fails, never skips, when the package is missing.
/// </summary>
public sealed class PackageContentsTests
{
    private const string Lib = "lib/net10.0/";

    private static string Version { get; } = typeof(ITripService).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private static string PackageFolder => Path.Combine(RepositoryRoot.Path, "artifacts", "packages");

    public static TheoryData<string> Packages => new("TravelPlanner.Data", "TravelPlanner.Data.Redis", "TravelPlanner.Data.AspNetCore", "TravelPlanner.Data.OpenTelemetry");

    [Fact]
    public void The_package_carries_the_readme_xml_docs_notices_and_data_licences()
    {
        using var package = Open("nupkg");
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(Lib + "TravelPlanner.Data.dll", entries);
        Assert.Contains(Lib + "TravelPlanner.Data.xml", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
        var licences = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "data"), "LICENSE*.txt").Select(Path.GetFileName).ToList();
        Assert.NotEmpty(licences);
        Assert.All(licences, l => Assert.Contains("data/" + l, entries));
        Assert.Contains("data/README.md", entries);

        var docs = ReadText(package, Lib + "TravelPlanner.Data.xml");
        Assert.Contains("M:Microsoft.Extensions.DependencyInjection.TravelPlannerDataServiceCollectionExtensions.AddTravelPlannerData", docs, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_nuspec_names_the_licence_readme_project_and_repository(string id)
    {
        using var package = Open("nupkg", id);
        var metadata = Metadata(package, id);
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        var readme = id == "TravelPlanner.Data" ? "PACKAGE.md" : "README.md";

        Assert.Equal(id, Value("id"));
        Assert.Equal(Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal(readme, Value("readme"));
        Assert.Contains(readme, package.Entries.Select(e => e.FullName));
        Assert.Contains(Lib + id + ".dll", package.Entries.Select(e => e.FullName));
        Assert.Contains(Lib + id + ".xml", package.Entries.Select(e => e.FullName));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
        Assert.StartsWith("https://", Value("projectUrl"), StringComparison.Ordinal);
        Assert.Contains("postgresql", Value("tags"), StringComparison.Ordinal);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.False(string.IsNullOrEmpty(repository.Attribute("commit")?.Value));
    }

    [Fact]
    public void The_packaged_assembly_embeds_every_sql_file_and_the_reference_data()
    {
        using var package = Open("nupkg");
        using var dll = new MemoryStream();
        using (var entry = package.GetEntry(Lib + "TravelPlanner.Data.dll")!.Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        var metadata = pe.GetMetadataReader();
        var resources = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToHashSet(StringComparer.Ordinal);

        var sqlRoot = Path.Combine(RepositoryRoot.Path, "sql");
        var sqlFiles = Directory.GetFiles(sqlRoot, "*.sql", SearchOption.AllDirectories)
            .Select(f => "sql/" + Path.GetRelativePath(sqlRoot, f).Replace('\\', '/'))
            .ToList();
        Assert.True(sqlFiles.Count > 50, $"only {sqlFiles.Count} SQL files found under {sqlRoot}");
        var missing = sqlFiles.Where(f => !resources.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "not embedded: " + string.Join(", ", missing));
        Assert.Contains("data/airports.csv", resources);
        Assert.Contains("data/airlines.csv", resources);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_symbols_package_holds_the_portable_pdb(string id)
    {
        using var symbols = Open("snupkg", id);

        Assert.Contains(symbols.Entries, e => e.FullName == Lib + id + ".pdb");
    }

    [Fact]
    public void The_core_package_depends_on_neither_Redis_nor_ASP_NET_Core_nor_the_health_check_implementation()
    {
        using var package = Open("nupkg");
        var dependencies = Dependencies(package, "TravelPlanner.Data");

        Assert.Contains("Npgsql", dependencies);
        Assert.Contains("Dapper", dependencies);
        Assert.DoesNotContain("StackExchange.Redis", dependencies);
        Assert.DoesNotContain("Scrutor", dependencies);
        Assert.DoesNotContain("Microsoft.Extensions.Diagnostics.HealthChecks", dependencies);
        Assert.DoesNotContain("Microsoft.Extensions.Hosting.Abstractions", dependencies);
        Assert.DoesNotContain("OpenTelemetry.Api", dependencies);
        Assert.Empty(FrameworkReferences(package, "TravelPlanner.Data"));

        // The floors a host on any .NET 10 servicing release restores without a downgrade (Directory.Packages.props).
        Assert.All(dependencies.Where(d => d.Key.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)), d => Assert.Equal("10.0.0", d.Value));
    }

    [Theory]
    [InlineData("TravelPlanner.Data.Redis", "StackExchange.Redis")]
    [InlineData("TravelPlanner.Data.OpenTelemetry", "OpenTelemetry.Api")]
    public void Each_sibling_package_depends_on_the_core_of_its_version_and_its_own_dependency(string id, string dependency)
    {
        using var package = Open("nupkg", id);
        var dependencies = Dependencies(package, id);

        Assert.Equal(Version, dependencies["TravelPlanner.Data"]);
        Assert.Contains(dependency, dependencies);
    }

    [Fact]
    public void The_ASP_NET_Core_package_references_the_shared_framework_and_not_Redis()
    {
        using var package = Open("nupkg", "TravelPlanner.Data.AspNetCore");

        Assert.Contains("Microsoft.AspNetCore.App", FrameworkReferences(package, "TravelPlanner.Data.AspNetCore"));
        Assert.DoesNotContain("StackExchange.Redis", Dependencies(package, "TravelPlanner.Data.AspNetCore"));
    }

    [Fact]
    public void The_console_tool_carries_no_test_harness()
    {
        // Issue 15: the throwaway servers come from samples/TravelPlanner.LocalServers (local binaries); before, the tool
        // shipped Testcontainers, the Docker client, SSH.NET and BouncyCastle through the test harness (7.6 MB packed).
        using var package = Open("nupkg", "TravelPlanner.Migrator");
        var files = package.Entries.Select(e => Path.GetFileName(e.FullName)).ToList();

        Assert.Contains("travelplanner-db.dll", files);
        Assert.Contains("TravelPlanner.LocalServers.dll", files);
        Assert.DoesNotContain(files, f => f.StartsWith("Testcontainers", StringComparison.Ordinal)
            || f.StartsWith("Docker.DotNet", StringComparison.Ordinal)
            || f.StartsWith("Renci.SshNet", StringComparison.Ordinal)
            || f.StartsWith("BouncyCastle", StringComparison.Ordinal)
            || f == "TravelPlanner.Data.Testing.dll");
    }

    private static XElement Metadata(ZipArchive package, string id) =>
        XDocument.Parse(ReadText(package, id + ".nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    /// <summary>Dependency id to its lowest version (the range's floor), across target groups.</summary>
    private static Dictionary<string, string> Dependencies(ZipArchive package, string id) =>
        Metadata(package, id).Descendants().Where(e => e.Name.LocalName == "dependency")
            .GroupBy(e => e.Attribute("id")!.Value)
            .ToDictionary(g => g.Key, g => g.First().Attribute("version")!.Value.Trim('[', ']', '(', ')').Split(',')[0], StringComparer.Ordinal);

    private static List<string> FrameworkReferences(ZipArchive package, string id) =>
        Metadata(package, id).Descendants().Where(e => e.Name.LocalName == "frameworkReference").Select(e => e.Attribute("name")!.Value).ToList();

    private static ZipArchive Open(string extension, string id = "TravelPlanner.Data")
    {
        var path = Path.Combine(PackageFolder, $"{id}.{Version}.{extension}");
        Assert.True(
            File.Exists(path),
            $"{path} does not exist. Pack first: ./build.sh pack (./build.sh test does it), or " +
            $"dotnet pack src/{id} -c Release -o artifacts/packages.");
        return ZipFile.OpenRead(path);
    }

    private static string ReadText(ZipArchive package, string entryName)
    {
        using var reader = new StreamReader(package.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }
}
