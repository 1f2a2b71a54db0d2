using SearchEngine.Analysis;
using SearchEngine.Engines.LuceneNet.Analysis;

namespace SearchEngine.Engines.LuceneNet.Tests.Analysis;

public sealed class LuceneChainAnalyzerTests
{
    private static readonly string[] Texts =
    [
        "Statsministeren mødtes i går med 3.500 borgere i København: \"Det går fremad\", sagde hun.",
        "De kinderen fietsten naar school; het ei was kapot. Ook 12,5 procent van de bromfietsen!",
        "",
        "   ",
        "e-mail: info@example.com, www.dr.dk/nyheder — 2024-05-01 kl. 14.30",
        "Ærø, Øresund og Åbenrå ligger i Danmark; Zoë en Chloë wonen in 's-Hertogenbosch.",
        "日本語のテキスト and 한국어 mixed with English words and numbers 42",
        new string('x', 300) + " kort ord",
    ];

    public static TheoryData<string, int> LanguagesAndTexts()
    {
        var data = new TheoryData<string, int>();
        foreach (string language in new[] { "da", "nl" })
        {
            for (int i = 0; i < Texts.Length; i++)
            {
                data.Add(language, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndTexts))]
    public void The_facade_analyzer_yields_the_Lucene_chains_terms_offsets_and_positions(string language, int text)
    {
        using Lucene.Net.Analysis.Analyzer lucene = LanguageAnalyzers.Create(language);
        using var analyzer = new LuceneChainAnalyzer(language);

        Assert.Equal(AnalysisTokens.FromLucene(lucene, Texts[text]), AnalysisTokens.FromFacade(analyzer, Texts[text]));
    }

    [Theory]
    [InlineData("da")]
    [InlineData("nl")]
    public void Reusing_the_analyzer_over_many_texts_gives_the_same_tokens_as_fresh_chains(string language)
    {
        using Lucene.Net.Analysis.Analyzer lucene = LanguageAnalyzers.Create(language);
        using var analyzer = new LuceneChainAnalyzer(language);

        for (int round = 0; round < 3; round++)
        {
            foreach (string text in Texts)
            {
                Assert.Equal(AnalysisTokens.FromLucene(lucene, text), AnalysisTokens.FromFacade(analyzer, text));
            }
        }
    }

    [Fact]
    public void A_stream_abandoned_half_way_does_not_disturb_the_next_text()
    {
        using Lucene.Net.Analysis.Analyzer lucene = LanguageAnalyzers.Create("da");
        using var analyzer = new LuceneChainAnalyzer("da");
        TokenStream stream = analyzer.GetTokenStream(Texts[0]);
        Assert.True(stream.IncrementToken());
        Assert.True(stream.IncrementToken());

        Assert.Equal(AnalysisTokens.FromLucene(lucene, Texts[4]), AnalysisTokens.FromFacade(analyzer, Texts[4]));
    }

    [Fact]
    public void A_stream_keeps_returning_false_after_its_end()
    {
        using var analyzer = new LuceneChainAnalyzer("nl");
        TokenStream stream = analyzer.GetTokenStream("een fiets");
        while (stream.IncrementToken())
        {
        }

        Assert.False(stream.IncrementToken());
    }

    [Fact]
    public void Threads_analyse_at_the_same_time_with_their_own_chains()
    {
        using Lucene.Net.Analysis.Analyzer lucene = LanguageAnalyzers.Create("da");
        List<Token>[] expected = [.. Texts.Select(text => AnalysisTokens.FromLucene(lucene, text))];
        using var analyzer = new LuceneChainAnalyzer("da");

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int text = i % Texts.Length;
            Assert.Equal(expected[text], AnalysisTokens.FromFacade(analyzer, Texts[text]));
        });
    }

    [Fact]
    public void The_analyzer_reads_a_slice_of_a_larger_text_with_offsets_into_the_slice()
    {
        using var analyzer = new LuceneChainAnalyzer("da");
        string whole = "før hunden løber efter";

        TokenStream stream = analyzer.GetTokenStream(whole.AsMemory(4, 6));

        Assert.True(stream.IncrementToken());
        Assert.Equal("hund", stream.Attributes.Term.ToString());
        Assert.Equal((0, 6), (stream.Attributes.StartOffset, stream.Attributes.EndOffset));
        Assert.False(stream.IncrementToken());
    }
}
