using System.Text.RegularExpressions;

namespace SearchEngine.Packaging.Tests;

/// <summary>
/// samples/ConsoleSearch and the package README's example, built outside the repository from the packed NyhedZoek.News
/// and one engine package, index a Danish and a Dutch article and find both, stemmed, highlighted and (the sample)
/// with the persons extracted.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed partial class ConsoleSampleTests(PackedArtifacts packed)
{
    [Theory]
    [InlineData("NyhedZoek.Engines.Native", "native")]
    [InlineData("NyhedZoek.Engines.LuceneNet", "lucenenet")]
    public void TheSampleFindsTheDanishAndTheDutchArticleWithOnlyTheFacadeAndOneEnginePackage(string enginePackage, string engine)
    {
        string app = packed.BuildSample(enginePackage);
        string index = Path.Combine(Path.GetDirectoryName(app)!, "index-" + engine);

        string[] lines = packed.Run("dotnet", [app, index, engine], Path.GetDirectoryName(app)!, TimeSpan.FromMinutes(2)).Succeeded()
            .StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(
            [
                $"{engine}: 2 hits for 'rente'",
                "da-renten-falder [da] <mark>Renten</mark> falder | persons: Rasmus Bech",
                "nl-rente-daalt [nl] De <mark>rente</mark> daalt | persons: Marloes Veenhuizen",
            ],
            lines.Take(1).Concat(lines.Skip(1).Order(StringComparer.Ordinal)));
        Assert.Equal(engine + "\n", File.ReadAllText(Path.Combine(index, "engine")));
    }

    [Fact]
    public void AnAppWithOnlyTheNativeEnginePackageNamesThePackageItLacksForTheLuceneNetEngine()
    {
        string app = packed.BuildSample("NyhedZoek.Engines.Native");

        ProcessResult run = packed.Run("dotnet", [app, Path.Combine(Path.GetDirectoryName(app)!, "index-missing-engine"), "lucenenet"], Path.GetDirectoryName(app)!, TimeSpan.FromMinutes(2));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("The engine 'lucenenet' is not installed", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("(the package NyhedZoek.Engines.LuceneNet)", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(app)!), file => Path.GetFileName(file).StartsWith("Lucene.Net", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePackageReadmeExampleFindsBothArticlesOnThePackages()
    {
        string readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "docs", "packages", "README.md"));
        Match example = CSharpBlock().Match(readme);
        Assert.True(example.Success, "docs/packages/README.md has no C# example");
        string app = packed.BuildApp("package-readme", example.Groups[1].Value, "NyhedZoek.Engines.Native");
        string folder = packed.NewFolder("package-readme-run");

        string[] lines = packed.Run("dotnet", [app], folder, TimeSpan.FromMinutes(2)).Succeeded()
            .StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(["da-1 <mark>Renten</mark> falder", "nl-1 De <mark>rente</mark> daalt"], lines.Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "my-index", "engine")), "the example's index is not in the working folder");
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
