using Lucene.Net.Tartarus.Snowball.Ext;
using SearchEngine.Engines.LuceneNet.Analysis;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Tests.Analysis;

public sealed class LanguageAnalyzersTests
{
    [Theory]
    [InlineData("kind", "kinder")]
    [InlineData("kinderen", "kinder")]
    [InlineData("Kind", "kinder")]
    [InlineData("ei", "eier")]
    [InlineData("eieren", "eier")]
    [InlineData("fiets", "fiets")]
    [InlineData("bromfiets", "bromfiets")]
    [InlineData("fietsen", "fiets")]
    [InlineData("lopen", "lop")]
    public void Dutch_applies_the_stem_overrides_Java_Lucene_has(string word, string expected)
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);

        Assert.Equal([expected], AnalysisTokens.Terms(index.GetAnalyzer("nl"), word));
    }

    [Fact]
    public void Dutch_drops_the_stop_words_and_keeps_their_positions()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);

        List<Token> tokens = AnalysisTokens.FromFacade(index.GetAnalyzer("nl"), "De kinderen en het ei");

        Assert.Equal([new Token("kinder", 3, 11, 1), new Token("eier", 19, 21, 4)], tokens);
    }

    [Theory]
    [InlineData("hestene")]
    [InlineData("undervisningen")]
    [InlineData("regeringens")]
    [InlineData("boligerne")]
    [InlineData("københavnske")]
    [InlineData("løbende")]
    [InlineData("statsministeren")]
    public void Danish_stems_as_the_Snowball_Danish_stemmer(string word)
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        var stemmer = new DanishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();

        List<string> terms = AnalysisTokens.Terms(index.GetAnalyzer("da"), word.ToUpperInvariant());

        Assert.Equal([stemmer.Current], terms);
        Assert.NotEqual(word, stemmer.Current);
    }

    [Fact]
    public void Danish_drops_its_stop_words()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);

        Assert.Equal(["hund", "kat"], AnalysisTokens.Terms(index.GetAnalyzer("da"), "hund og en kat"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("DA")]
    [InlineData("")]
    public void An_unknown_language_is_an_error_naming_it(string language)
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);

        var error = Assert.Throws<ArgumentException>(() => index.GetAnalyzer(language));

        Assert.Contains($"'{language}'", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LanguageAnalyzers.Create(language));
    }
}
