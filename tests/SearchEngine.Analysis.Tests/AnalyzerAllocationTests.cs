namespace SearchEngine.Analysis.Tests;

/// <summary>Once warm, analysis allocates nothing per token (nor per document).</summary>
public sealed class AnalyzerAllocationTests
{
    private const string Danish =
        "Kasakhstans præsident, Kasym-Jomart Tokajev, siger tirsdag, at en del af en russisk-ledet styrke vil begynde " +
        "at forlade det urohærgede land inden for to døgn. Tilbagetrækningen vil være tilendebragt inden for ti dage. " +
        "CSTO-missionen med mere end 2000 soldater blev indledt, da krisen var på sit højeste; 1.500,50 kr. i alt.";

    private const string Dutch =
        "De Russische troepen beginnen donderdag met hun terugtrekking uit Kazachstan, zei president Kassym-Jomart " +
        "Tokajev. De fietsen van de kinderen en de eieren bleven achter; het kost 1.500,50 euro per dag.";

    [Theory]
    [InlineData("da", Danish)]
    [InlineData("nl", Dutch)]
    public void AnalyzingAllocatesNothingInTheSteadyState(string language, string text)
    {
        Analyzer analyzer = AnalyzerRegistry.Get(language);
        ReadOnlyMemory<char> memory = text.AsMemory();
        int tokens = 0;
        long allocated = SteadyState.AllocatedBytes(() =>
        {
            for (int i = 0; i < 1_000; i++)
            {
                tokens += Consume(analyzer, memory);
            }
        });

        Assert.True(tokens > 20_000);
        Assert.Equal(0, allocated);
    }

    private static int Consume(Analyzer analyzer, ReadOnlyMemory<char> text)
    {
        TokenStream stream = analyzer.GetTokenStream(text);
        int count = 0;
        while (stream.IncrementToken())
        {
            count++;
        }

        return count;
    }
}
