using System.Text;

namespace SearchEngine.Analysis.Tests;

/// <summary>Arbitrary input never breaks an analyzer: no exception, offsets inside the text, positions increasing.</summary>
public sealed class AnalyzerRobustnessTests
{
    private const string Latin = "æøåÆØÅéëïĳ";
    private const string Joiners = ".,'’:_-\"\u00AD\u200D\uFE0F\u20E3\u0301";

    public static TheoryData<string, int> LanguagesAndSeeds()
    {
        var data = new TheoryData<string, int>();
        foreach (string language in AnalyzerRegistry.Languages)
        {
            for (int seed = 1; seed <= 8; seed++)
            {
                data.Add(language, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndSeeds))]
    public void RandomUnicodeYieldsOrderedTokensInsideTheText(string language, int seed)
    {
        var random = new Random(seed);
        Analyzer analyzer = AnalyzerRegistry.Get(language);
        for (int round = 0; round < 200; round++)
        {
            string text = RandomText(random, random.Next(0, 400));
            AssertWellFormed(analyzer, text, $"seed {seed}, round {round}");
        }
    }

    [Theory]
    [InlineData("da")]
    [InlineData("nl")]
    public void OneMegabyteOfRandomUnicodeIsAnalyzed(string language)
    {
        var random = new Random(2026);
        AssertWellFormed(AnalyzerRegistry.Get(language), RandomText(random, 1 << 20), "1 MB of random text");
    }

    [Theory]
    [InlineData("da", "")]
    [InlineData("nl", "")]
    [InlineData("da", "\uD800")]
    [InlineData("nl", "\uDC00abc\uD800")]
    [InlineData("da", "\uDBFF\uDFFF\uD83D")]
    [InlineData("nl", "\0\u0001\u0007\u001B\u007F\u0085\u2028\uFEFF\uFFFE\uFFFF")]
    [InlineData("da", "a\u0301\u0301\u0301\u200D\u200D")]
    public void EdgeCaseInputsAreAnalyzed(string language, string text)
    {
        AssertWellFormed(AnalyzerRegistry.Get(language), text, "edge case");
    }

    [Theory]
    [InlineData("da")]
    [InlineData("nl")]
    public void AOneMegabyteWordIsCutIntoBoundedTokens(string language)
    {
        string text = new('ø', 1 << 20);
        var tokens = AssertWellFormed(AnalyzerRegistry.Get(language), text, "1 MB word");

        Assert.True(tokens.Count >= (1 << 20) / 255);
        Assert.All(tokens, t => Assert.InRange(t.End - t.Start, 1, 255));
    }

    private static List<(string Term, int Start, int End, int Position)> AssertWellFormed(Analyzer analyzer, string text, string what)
    {
        var tokens = AnalysisAssert.Tokens(analyzer.GetTokenStream(text));
        int lastStart = 0;
        int lastPosition = -1;
        foreach ((string term, int start, int end, int position) in tokens)
        {
            Assert.True(0 <= start && start <= end && end <= text.Length, $"{what}: offsets {start}-{end} outside 0-{text.Length}");
            Assert.True(start >= lastStart, $"{what}: start {start} before previous start {lastStart}");
            Assert.True(position > lastPosition, $"{what}: position {position} not after {lastPosition}");
            Assert.False(string.IsNullOrEmpty(term), $"{what}: empty term at {start}");
            lastStart = start;
            lastPosition = position;
        }

        return tokens;
    }

    /// <summary>Mixes every kind of UTF-16 unit: ASCII, Latin, combining marks, controls, lone surrogates, astral pairs.</summary>
    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            switch (random.Next(8))
            {
                case 0:
                    text.Append((char)random.Next(0x20, 0x7F));
                    break;
                case 1:
                    text.Append(Latin[random.Next(Latin.Length)]);
                    break;
                case 2:
                    text.Append((char)random.Next(0, 0x20));
                    break;
                case 3:
                    text.Append((char)random.Next(0xD800, 0xE000));
                    break;
                case 4:
                    text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                    break;
                case 5:
                    text.Append(Joiners[random.Next(Joiners.Length)]);
                    break;
                case 6:
                    text.Append(' ');
                    break;
                default:
                    text.Append((char)random.Next(0x80, 0xFFFF));
                    break;
            }
        }

        return text.ToString(0, Math.Min(length, text.Length));
    }
}
