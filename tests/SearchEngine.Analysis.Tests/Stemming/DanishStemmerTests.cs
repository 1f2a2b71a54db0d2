using SearchEngine.Analysis.Stemming;

namespace SearchEngine.Analysis.Tests.Stemming;

public sealed class DanishStemmerTests
{
    private readonly DanishStemmer stemmer = new();

    [Fact]
    public void EveryDanishVocabularyWordStemsToTheOracle()
    {
        (int words, List<string> mismatches) = SnowballVocabulary.Compare(stemmer, "danish");

        Assert.Equal(23_830, words);
        Assert.True(mismatches.Count == 0, SnowballVocabulary.Describe(mismatches));
    }

    // Expected stems are copied from the Snowball oracle (output.txt), not from this implementation.
    [Theory]
    [InlineData("hestene", "hest")] // main suffix: ene
    [InlineData("hesten", "hest")] // main suffix: en
    [InlineData("advarede", "advared")] // main suffix: e
    [InlineData("fuglene", "fugl")] // main suffix in R1 of a word with a consonant cluster
    [InlineData("abias", "abia")] // s after a valid s-ending (a)
    [InlineData("agabus", "agabus")] // s after u, which is no valid s-ending
    [InlineData("aflagt", "aflag")] // consonant pair: gt
    [InlineData("opbrudt", "opbrud")] // consonant pair: dt
    [InlineData("kosteligst", "kost")] // igst -> ig, then elig, then the consonant pair step again
    [InlineData("venlig", "ven")] // other suffix: lig
    [InlineData("rigtig", "rigt")] // other suffix: ig, whose redone consonant-pair step needs the pair in R1
    [InlineData("abels", "abel")] // s after a valid s-ending (l)
    [InlineData("barnløst", "barnløs")] // other suffix: løst -> løs
    [InlineData("adsplitter", "adsplit")] // main suffix er, then undoubling of tt
    [InlineData("kærlighed", "kær")] // main suffix hed, then lig
    public void StemsEachStepLikeTheOracle(string word, string expected)
    {
        Assert.Equal(expected, stemmer.Stem(word));
    }

    // The Snowball vocabulary (output.txt, "0x0e00" -> "0x0e00") undoubles only the consonants b-z; Lucene 8's
    // generated stemmer also undoubles digits and accented letters ("år2000" -> "år200"). We follow the vocabulary.
    [Theory]
    [InlineData("år2000", "år2000")]
    [InlineData("0x0e00", "0x0e00")]
    [InlineData("bådd", "båd")]
    public void UndoublesOnlyTheConsonantsBThroughZ(string word, string expected)
    {
        Assert.Equal(expected, stemmer.Stem(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("es")]
    [InlineData("ene")]
    public void WordsTooShortForR1AreLeftAlone(string word)
    {
        Assert.Equal(word, stemmer.Stem(word));
    }

    [Fact]
    public void StringOverloadReturnsTheSpanOverloadsStem()
    {
        char[] buffer = "hestene".ToCharArray();

        int length = stemmer.Stem(buffer.AsSpan());

        Assert.Equal(stemmer.Stem("hestene"), new string(buffer, 0, length));
    }
}
