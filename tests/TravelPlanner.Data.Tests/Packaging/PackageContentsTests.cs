using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.Packaging;

/// <summary>
/// Opens the packed TravelPlanner.Data nupkg (<c>./build.sh pack</c>, which <c>./build.sh test</c> runs
/// first) and checks what a package user gets. Fails, never skips, when the package is missing.
/// </summary>
public sealed class PackageContentsTests
{
    private const string Lib = "lib/net10.0/";

    private static string Version { get; } = typeof(ITripService).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private static string PackageFolder => Path.Combine(RepositoryRoot.Path, "artifacts", "packages");

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

    [Fact]
    public void The_nuspec_names_the_licence_readme_project_and_repository()
    {
        using var package = Open("nupkg");
        var nuspec = XDocument.Parse(ReadText(package, "TravelPlanner.Data.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("TravelPlanner.Data", Value("id"));
        Assert.Equal(Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("PACKAGE.md", Value("readme"));
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

    [Fact]
    public void The_symbols_package_holds_the_portable_pdb()
    {
        using var symbols = Open("snupkg");

        Assert.Contains(symbols.Entries, e => e.FullName == Lib + "TravelPlanner.Data.pdb");
    }

    private static ZipArchive Open(string extension)
    {
        var path = Path.Combine(PackageFolder, $"TravelPlanner.Data.{Version}.{extension}");
        Assert.True(
            File.Exists(path),
            $"{path} does not exist. Pack first: ./build.sh pack (./build.sh test does it), or " +
            "dotnet pack src/TravelPlanner.Data -c Release -o artifacts/packages.");
        return ZipFile.OpenRead(path);
    }

    private static string ReadText(ZipArchive package, string entryName)
    {
        using var reader = new StreamReader(package.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }
}
