namespace SearchEngine.Packaging.Tests;

/// <summary>
/// samples/ConsoleSearch, built outside the repository from the packed NyhedZoek.News and one engine package, indexes
/// a Danish and a Dutch article and finds both, stemmed, highlighted and with the persons extracted.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ConsoleSampleTests(PackedArtifacts packed)
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
}
