using SearchEngine.Analysis.LanguageDetection;

namespace SearchEngine.Analysis.Tests.LanguageDetection;

/// <summary>The model file format and the scoring rules, checked on tiny hand-made models.</summary>
public sealed class LanguageModelTests
{
    private const string Parameters = "# comment\n@scale 1\n@word-weight 2\n";

    [Fact]
    public void EmbeddedModelStatesItsSourcesAndLicence()
    {
        using Stream stream = typeof(LanguageDetector).Assembly.GetManifestResourceStream(LanguageModel.ResourceName)!;
        using var reader = new StreamReader(stream);
        string header = string.Concat(Enumerable.Range(0, 40).Select(_ => reader.ReadLine() + "\n"));
        Assert.Contains("voc.txt", header);
        Assert.Contains("Martin Porter", header);
        Assert.Contains("Redistribution and use in source and binary forms", header);
        Assert.Contains("written for this project", header);
    }

    [Fact]
    public void EmbeddedModelIsSmall()
    {
        // The model ships inside the assembly and is reviewed as text: keep it well under 3 MB.
        using Stream stream = typeof(LanguageDetector).Assembly.GetManifestResourceStream(LanguageModel.ResourceName)!;
        Assert.InRange(stream.Length, 100_000, 3_000_000);
        Assert.InRange(LanguageModel.LoadEmbedded().Count, 5_000, 150_000);
    }

    [Fact]
    public void NgramsSeeWordBoundariesAndLowerCase()
    {
        var detector = Load("g\t_ab_\t-1\t-2\n");
        Assert.Equal(1.0, detector.Margin("ab"), 6);
        Assert.Equal(1.0, detector.Margin("(AB)"), 6);
        Assert.Equal(0.0, detector.Margin("abc xab"), 6);
    }

    [Fact]
    public void EveryOrderFromOneToFourCounts()
    {
        // "_og_" holds the 1-grams o g, the 2-grams _o og g_, the 3-grams _og og_ and the 4-gram _og_.
        var detector = Load("g\to\t0\t-1\ng\tog\t0\t-1\ng\t_og\t0\t-1\ng\t_og_\t0\t-1\ng\t_\t0\t-100\n");
        Assert.Equal(4.0, detector.Margin("og"), 6);
    }

    [Fact]
    public void WholeWordsAreWeighted() =>
        Assert.Equal(-4.0, Load("w\thet\t-3\t-1\n").Margin("Het"), 6);

    [Fact]
    public void RepeatedWordsCountLessEachTime()
    {
        // The k-th occurrence counts 1/k: 1 + 1/2 + 1/3 for three, while distinct words count fully.
        var detector = Load("w\tfra\t-1\t-2\nw\tved\t-1\t-2\n");
        Assert.Equal(2.0 * (1 + (1.0 / 2) + (1.0 / 3)), detector.Margin("fra (Fra) FRA"), 6);
        Assert.Equal(4.0, detector.Margin("fra ved"), 6);
    }

    [Fact]
    public void CombiningMarksStayInsideWords() =>
        Assert.Equal(2.0, Load("w\tcafe\t0\t-1\n").Margin("cafe\u0301"), 6);

    [Fact]
    public void ConfidenceIsTheLogisticOfTheScaledMargin()
    {
        var detection = Load("w\thet\t-3\t-1\n").Detect("het");
        Assert.Equal(LanguageDetector.Dutch, detection.Language);
        Assert.Equal(1 / (1 + Math.Exp(-4.0)), detection.Confidence, 9);
    }

    [Theory]
    [InlineData("g\tab\t-1\n")]
    [InlineData("x\tab\t-1\t-2\n")]
    [InlineData("g\tab\tone\t-2\n")]
    [InlineData("@unknown 3\n")]
    public void MalformedLinesAreRejected(string line) =>
        Assert.Throws<InvalidDataException>(() => LanguageModel.Parse(new StringReader(Parameters + line)));

    [Fact]
    public void MissingParametersAreRejected() =>
        Assert.Throws<InvalidDataException>(() => LanguageModel.Parse(new StringReader("g\tab\t-1\t-2\n")));

    [Fact]
    public void DuplicateFeaturesAreRejected() =>
        Assert.Throws<InvalidDataException>(() => LanguageModel.Parse(new StringReader(Parameters + "g\tab\t-1\t-2\ng\tab\t-1\t-2\n")));

    private static LanguageDetector Load(string features) => new(LanguageModel.Parse(new StringReader(Parameters + features)));
}
