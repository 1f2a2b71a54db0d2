using System.Text;

using SearchEngine.Analysis.LanguageDetection;

// The result type shares its name with its namespace, which wins lookups from inside SearchEngine.Analysis.*.

namespace SearchEngine.Analysis.Tests.LanguageDetection;

/// <summary>Hand-written cases: query-sized text, mixed text, text without evidence, hostile input, allocations.</summary>
public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Default;

    [Theory]
    [InlineData("og", "da")]
    [InlineData("ikke", "da")]
    [InlineData("hvorfor", "da")]
    [InlineData("også", "da")]
    [InlineData("kommunen", "da")]
    [InlineData("fodbold", "da")]
    [InlineData("København", "da")]
    [InlineData("het", "nl")]
    [InlineData("niet", "nl")]
    [InlineData("waarom", "nl")]
    [InlineData("ook", "nl")]
    [InlineData("gemeente", "nl")]
    [InlineData("voetbal", "nl")]
    [InlineData("wij", "nl")]
    public void SingleWordsAreDetected(string word, string language) =>
        Assert.Equal(language, Detector.Detect(word).Language);

    [Theory]
    [InlineData("regeringen vil", "da")]
    [InlineData("statsministeren siger", "da")]
    [InlineData("renten stiger igen", "da")]
    [InlineData("hvad koster en bolig", "da")]
    [InlineData("landsholdet vandt", "da")]
    [InlineData("de regering wil", "nl")]
    [InlineData("de premier zegt", "nl")]
    [InlineData("rente stijgt opnieuw", "nl")]
    [InlineData("wat kost een huis", "nl")]
    [InlineData("de Rode Duivels winnen", "nl")]
    public void ShortQueriesAreDetected(string query, string language) =>
        Assert.Equal(language, Detector.Detect(query).Language);

    [Theory]
    [InlineData("Statsministeren mødtes i går med Jan Peter Balkenende og Guy Verhofstadt i Bruxelles for at tale om klimaet.", "da")]
    [InlineData("- Vi har haft et godt samarbejde med Rijkswaterstaat, siger direktøren for Vejdirektoratet.", "da")]
    [InlineData("Premier Mette Frederiksen heeft gisteren in Den Haag met de Nederlandse minister gesproken.", "nl")]
    [InlineData("De Deense club Brøndby IF heeft de trainer van Aarhus Gymnastikforening binnengehaald.", "nl")]
    public void MixedTextFollowsItsMainLanguage(string text, string language) =>
        Assert.Equal(language, Detector.Detect(text).Language);

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("2024 1999 42 3,14")]
    [InlineData("!?.,;:-()[]{}\"'/\\*&%$#@")]
    public void TextWithoutLettersHasNoEvidence(string text)
    {
        var detection = Detector.Detect(text);
        Assert.Equal(LanguageDetector.Danish, detection.Language);
        Assert.Equal(0.5, detection.Confidence);
    }

    [Fact]
    public void ConfidenceGrowsWithEvidence()
    {
        // A posterior, not a score: a longer unambiguous text is surer than one word of it.
        double word = Detector.Detect("regeringen").Confidence;
        double sentence = Detector.Detect("Regeringen vil i næste år skære i støtten til erhvervslivet, siger ministeren.").Confidence;
        Assert.InRange(word, 0.5, 1.0);
        Assert.True(sentence > word, $"sentence {sentence} vs word {word}");
        Assert.True(sentence > 0.99, $"sentence {sentence}");
    }

    [Fact]
    public void RandomUnicodeIsHandled()
    {
        // One megabyte of arbitrary UTF-16 code units: every script, lone surrogates, controls, marks.
        var random = new Random(20240501);
        var chars = new char[1 << 20];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0x10000);
        }

        var detection = Detector.Detect(chars);
        Assert.Contains(detection.Language, new[] { LanguageDetector.Danish, LanguageDetector.Dutch });
        Assert.InRange(detection.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void DetectionIsTheSameOnEveryThread()
    {
        const string text = "Het kabinet wil volgend jaar bezuinigen, maar de oppositie is het daar niet mee eens.";
        DetectionResult expected = Detector.Detect(text);
        var results = new DetectionResult[64];
        Parallel.For(0, results.Length, i => results[i] = LanguageDetector.Default.Detect(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void DetectAllocatesNothing()
    {
        var builder = new StringBuilder();
        while (builder.Length < 2048)
        {
            builder.Append("Vejret bliver koldt i weekenden, og DMI venter nattefrost i hele landet. ");
            builder.Append("Het wordt koud dit weekend en het KNMI verwacht nachtvorst in het hele land. ");
        }

        string text = builder.ToString(0, 2048);
        Detector.Detect(text);

        long before = GC.GetAllocatedBytesForCurrentThread();
        double sum = 0;
        for (int i = 0; i < 1_000; i++)
        {
            sum += Detector.Detect(text).Confidence;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(sum > 0);
    }
}
