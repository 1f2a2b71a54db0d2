using System.IO.Compression;
using System.Xml.Linq;

namespace SearchEngine.Packaging.Tests;

/// <summary>What scripts/pack.sh writes: which packages, their metadata, licences, README, symbols and dependencies.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageMetadataTests(PackedArtifacts packed)
{
    private static readonly string[] PackageIds =
        ["NyhedZoek.Analysis", "NyhedZoek.Core", "NyhedZoek.News", "NyhedZoek.Engines.LuceneNet", "NyhedZoek.Engines.Native", "NyhedZoek.Hosting", "NyhedZoek.Cli"];

    [Fact]
    public void TheLibrariesAndTheToolArePackedEachWithSymbolsAndNothingElse()
    {
        string[] expected = [.. PackageIds.SelectMany(id => new[] { $"{id}.{packed.Version}.nupkg", $"{id}.{packed.Version}.snupkg" }).Order(StringComparer.Ordinal)];
        string[] written = [.. Directory.GetFiles(packed.ArtifactsDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

        Assert.Equal(expected, written);
        foreach (string id in PackageIds)
        {
            using ZipArchive symbols = ZipFile.OpenRead(Path.Combine(packed.ArtifactsDirectory, $"{id}.{packed.Version}.snupkg"));
            Assert.Contains(symbols.Entries, entry => entry.FullName.EndsWith(".pdb", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("NyhedZoek.Analysis", "MIT AND BSD-3-Clause AND Unicode-3.0")]
    [InlineData("NyhedZoek.Core", "MIT")]
    [InlineData("NyhedZoek.News", "MIT AND CC-BY-SA-4.0 AND LGPL-2.1-only AND BSD-3-Clause")]
    [InlineData("NyhedZoek.Engines.LuceneNet", "MIT")]
    [InlineData("NyhedZoek.Engines.Native", "MIT")]
    [InlineData("NyhedZoek.Hosting", "MIT")]
    [InlineData("NyhedZoek.Cli", "MIT AND BSD-3-Clause AND Unicode-3.0 AND CC-BY-SA-4.0 AND LGPL-2.1-only AND Apache-2.0")]
    public void EachPackageNamesTheLicencesOfWhatItEmbedsAndCarriesTheReadmeAndNotices(string id, string licenseExpression)
    {
        using ZipArchive package = Open(id);
        XElement metadata = Metadata(package, id);

        XElement license = Child(metadata, "license");
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal(licenseExpression, license.Value);
        Assert.Equal(packed.Version, Child(metadata, "version").Value);
        Assert.Equal("The SearchEngine developers", Child(metadata, "authors").Value);
        Assert.Equal("README.md", Child(metadata, "readme").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "repository" && e.Attribute("url") is not null);
        string description = Child(metadata, "description").Value;
        Assert.True(description.Length > 100, $"{id}'s description says too little: '{description}'");
        Assert.Contains("danish", Child(metadata, "tags").Value.Split(' '));
        foreach (string file in new[] { "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md" })
        {
            Assert.NotNull(package.GetEntry(file));
        }
    }

    [Fact]
    public void TheFacadeDependsOnNoEngineAndEachEngineOnTheFacade()
    {
        Assert.Equal(["NyhedZoek.Analysis"], Dependencies("NyhedZoek.News").Keys);
        Assert.Equal(["NyhedZoek.Analysis"], Dependencies("NyhedZoek.Core").Keys);
        Assert.Equal(["NyhedZoek.Core", "NyhedZoek.News"], Dependencies("NyhedZoek.Engines.Native").Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Dependencies("NyhedZoek.Hosting").Keys, dependency => dependency.StartsWith("NyhedZoek.Engines.", StringComparison.Ordinal));
        Assert.Contains("NyhedZoek.News", Dependencies("NyhedZoek.Hosting").Keys);

        Dictionary<string, string> lucene = Dependencies("NyhedZoek.Engines.LuceneNet");
        Assert.Equal(packed.Version, lucene["NyhedZoek.News"]);
        Assert.Equal("4.8.0-beta00017", lucene["Lucene.Net"]);
        Assert.Equal("4.8.0-beta00017", lucene["Lucene.Net.Analysis.Common"]);
        Assert.Equal("4.8.0-beta00017", lucene["Lucene.Net.Facet"]);
        Assert.DoesNotContain(lucene.Keys, dependency => dependency == "NyhedZoek.Core");
    }

    [Fact]
    public void TheToolPackageIsADotnetToolRunAsSearchctlWithBothEngines()
    {
        using ZipArchive package = Open("NyhedZoek.Cli");
        XElement metadata = Metadata(package, "NyhedZoek.Cli");

        Assert.Contains(Child(metadata, "packageTypes").Elements(), type => (string?)type.Attribute("name") == "DotnetTool");
        ZipArchiveEntry settings = Assert.Single(package.Entries, entry => entry.Name == "DotnetToolSettings.xml");
        using (Stream stream = settings.Open())
        {
            XElement command = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "Command");
            Assert.Equal("searchctl", (string?)command.Attribute("Name"));
        }

        Assert.Contains(package.Entries, entry => entry.Name == "SearchEngine.Engines.Native.dll");
        Assert.Contains(package.Entries, entry => entry.Name == "SearchEngine.Engines.LuceneNet.dll");
    }

    [Fact]
    public void TheConsoleSampleReferencesTheFacadeAndOneEngineAtTheRepositorysVersion()
    {
        XElement project = XElement.Load(Path.Combine(TestData.RepositoryRoot, "samples", "ConsoleSearch", "ConsoleSearch.csproj"));
        Dictionary<string, string?> references = project.Descendants("PackageReference")
            .ToDictionary(reference => (string)reference.Attribute("Include")!, reference => (string?)reference.Attribute("Version"));

        Assert.Equal(new Dictionary<string, string?> { ["NyhedZoek.News"] = packed.VersionPrefix, ["NyhedZoek.Engines.Native"] = packed.VersionPrefix }, references);
    }

    private ZipArchive Open(string id) => ZipFile.OpenRead(Path.Combine(packed.ArtifactsDirectory, $"{id}.{packed.Version}.nupkg"));

    private static XElement Metadata(ZipArchive package, string id)
    {
        using Stream stream = (package.GetEntry($"{id}.nuspec") ?? throw new InvalidDataException($"{id} has no {id}.nuspec")).Open();
        return Child(XDocument.Load(stream).Root!, "metadata");
    }

    private static XElement Child(XElement parent, string name) =>
        parent.Elements().SingleOrDefault(e => e.Name.LocalName == name) ?? throw new InvalidDataException($"<{parent.Name.LocalName}> has no <{name}>.");

    private Dictionary<string, string> Dependencies(string id)
    {
        using ZipArchive package = Open(id);
        return Metadata(package, id).Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!);
    }
}
