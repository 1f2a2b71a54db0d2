using SearchEngine.Analysis.Tokenization;

namespace SearchEngine.Analysis.Tests.Tokenization;

public sealed class StandardTokenizerTests
{
    // Expected tokens checked against Lucene 8.7's StandardTokenizer on the same input.
    [Theory]
    [InlineData("Tal: 2.030 og 1.500,50 kr.", "Tal|2.030|og|1.500,50|kr")]
    [InlineData("B.T. skriver U.S.A.", "B.T|skriver|U.S.A")]
    [InlineData("don't l'homme it’s", "don't|l'homme|it’s")]
    [InlineData("Kasym-Jomart Tokajev", "Kasym|Jomart|Tokajev")]
    [InlineData("a:b a1.5 1.a kl.12", "a:b|a1.5|1|a|kl|12")]
    [InlineData("_foo foo_ ___ a_1", "_foo|foo_|a_1")]
    [InlineData("www.dr.dk/nyheder e-mail@test.dk", "www.dr.dk|nyheder|e|mail|test.dk")]
    [InlineData("3,5% 12:30 1st", "3,5|12|30|1st")]
    [InlineData("naïve Ålborg ÆØÅ", "naïve|Ålborg|ÆØÅ")]
    [InlineData("Kasak\u00ADhstan", "Kasak\u00ADhstan")]
    [InlineData("中文字 ひらがな カタカナ 한국어 ภาษาไทย", "中|文|字|ひ|ら|が|な|カタカナ|한국어|ภาษาไทย")]
    [InlineData("😀 👍🏽 👨‍👩‍👧 🇩🇰 #️⃣ 1️⃣ # *", "😀|👍🏽|👨‍👩‍👧|🇩🇰|#️⃣|1️⃣")]
    [InlineData("שלום ב\"ה א'", "שלום|ב\"ה|א'")]
    [InlineData("", "")]
    [InlineData(" \t\n-- !? ", "")]
    public void SplitsAtWordBoundariesLikeLucene(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Terms(text)));
    }

    [Fact]
    public void OffsetsPointAtTheOriginalText()
    {
        const string text = "  Tilbagetrækningen, 2.030 ";
        using var tokenizer = new StandardTokenizer();
        tokenizer.SetInput(text.AsMemory());
        tokenizer.Reset();

        var tokens = AnalysisAssert.Tokens(tokenizer);

        Assert.Equal([("Tilbagetrækningen", 2, 19, 0), ("2.030", 21, 26, 1)], tokens);
    }

    [Fact]
    public void WordsLongerThanTheMaximumAreCutIntoPieces()
    {
        string word = new('a', 300);
        using var tokenizer = new StandardTokenizer();
        tokenizer.SetInput(word.AsMemory());
        tokenizer.Reset();

        var tokens = AnalysisAssert.Tokens(tokenizer);

        Assert.Equal([(new string('a', 255), 0, 255, 0), (new string('a', 45), 255, 300, 1)], tokens);
    }

    [Fact]
    public void NumbersAndWordsAreTypedApart()
    {
        using var tokenizer = new StandardTokenizer();
        tokenizer.SetInput("1.500,50 kroner 中".AsMemory());
        tokenizer.Reset();
        var types = new List<TokenType>();
        while (tokenizer.IncrementToken())
        {
            types.Add(tokenizer.Attributes.Type);
        }

        Assert.Equal([TokenType.Numeric, TokenType.Word, TokenType.Ideographic], types);
    }

    [Fact]
    public void ResetStartsOverOnNewInput()
    {
        using var tokenizer = new StandardTokenizer();
        tokenizer.SetInput("første tekst".AsMemory());
        tokenizer.Reset();
        Assert.True(tokenizer.IncrementToken());

        tokenizer.SetInput("anden".AsMemory());
        tokenizer.Reset();

        Assert.Equal([("anden", 0, 5, 0)], AnalysisAssert.Tokens(tokenizer));
    }

    private static List<string> Terms(string text)
    {
        using var tokenizer = new StandardTokenizer();
        tokenizer.SetInput(text.AsMemory());
        tokenizer.Reset();
        return AnalysisAssert.Tokens(tokenizer).Select(t => t.Term).ToList();
    }
}
