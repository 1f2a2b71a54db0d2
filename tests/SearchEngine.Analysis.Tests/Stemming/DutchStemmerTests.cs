using SearchEngine.Analysis.Stemming;

namespace SearchEngine.Analysis.Tests.Stemming;

public sealed class DutchStemmerTests
{
    private readonly DutchStemmer stemmer = new();

    [Fact]
    public void EveryDutchVocabularyWordStemsToTheOracle()
    {
        (int words, List<string> mismatches) = SnowballVocabulary.Compare(stemmer, "dutch");

        Assert.Equal(45_669, words);
        Assert.True(mismatches.Count == 0, SnowballVocabulary.Describe(mismatches));
    }

    // Expected stems are copied from the Snowball oracle (output.txt), not from this implementation.
    [Theory]
    [InlineData("zeeën", "zeeen")] // prelude: ë loses its diaeresis
    [InlineData("aanwaaiende", "aanwaai")] // prelude: i between vowels is a consonant; step 1 ene
    [InlineData("yamaki", "yamaki")] // prelude: initial y is a consonant, and comes back lower case
    [InlineData("mogelijkheden", "mogelijk")] // step 1: heden -> heid, then step 3a: heid
    [InlineData("opheffen", "opheff")] // step 1: en after a consonant; ff is not undoubled
    [InlineData("bakken", "bak")] // step 1: en, then undoubling of kk
    [InlineData("mensen", "mens")] // step 1: en
    [InlineData("gemeenten", "gemeent")] // step 1: en
    [InlineData("huizen", "huiz")] // step 1: en
    [InlineData("lichamelijk", "licham")] // step 3b: lijk in R2, then step 2's e
    [InlineData("koninklijke", "konink")] // step 2: e, then step 3b: lijk
    [InlineData("vriendelijkheid", "vriendelijk")] // step 3a: heid in R2
    [InlineData("aanmoedigend", "aanmoed")] // step 3b: end, then ig in R2
    [InlineData("aandoeningen", "aandoen")] // step 1: en, then step 3b: ing
    [InlineData("aantoonbaar", "aanton")] // step 3b: baar, then step 4: oo undoubled
    [InlineData("vruchtbaar", "vruchtbar")] // baar outside R2; step 4 undoubles aa
    [InlineData("brood", "brod")] // step 4: CVVD undoubled
    public void StemsEachStepLikeTheOracle(string word, string expected)
    {
        Assert.Equal(expected, stemmer.Stem(word));
    }

    [Theory]
    [InlineData("Y")]
    [InlineData("aYa")]
    [InlineData("maIa")]
    public void OutputNeverKeepsTheConsonantMarksUpperCase(string word)
    {
        Assert.Equal(word.ToLowerInvariant(), stemmer.Stem(word));
    }

    [Fact]
    public void StringOverloadReturnsTheSpanOverloadsStem()
    {
        char[] buffer = "lichamelijk".ToCharArray();

        int length = stemmer.Stem(buffer.AsSpan());

        Assert.Equal(stemmer.Stem("lichamelijk"), new string(buffer, 0, length));
    }
}
