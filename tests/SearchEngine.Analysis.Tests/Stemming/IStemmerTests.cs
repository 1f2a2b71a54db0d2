using SearchEngine.Analysis.Stemming;

namespace SearchEngine.Analysis.Tests.Stemming;

/// <summary>The contract every <see cref="IStemmer"/> keeps: any input, no exception, no growth, no allocation.</summary>
public sealed class IStemmerTests
{
    public static TheoryData<string> Stemmers => ["danish", "dutch"];

    [Theory]
    [MemberData(nameof(Stemmers))]
    public void RandomStringsNeverThrowAndNeverGrow(string language)
    {
        IStemmer stemmer = Create(language);
        Random random = new(20240611);
        List<string> words = ["", "0", "1234567890", "'s", "u.s.a.", "\uD800", "\uDC00", "\uFFFF", "e", "ene", "heden"];
        words.Add(new string('e', 10_000));
        words.Add(RandomWord(random, 10_000, FromWholeBmp));
        words.Add(RandomWord(random, 10_000, FromStemmerAlphabet));
        for (int i = 0; i < 20_000; i++)
        {
            Func<Random, char> pick = i % 2 == 0 ? FromWholeBmp : FromStemmerAlphabet;
            words.Add(RandomWord(random, random.Next(0, 16), pick));
        }

        foreach (string word in words)
        {
            char[] buffer = word.ToCharArray();
            int length = stemmer.Stem(buffer.AsSpan());
            Assert.InRange(length, 0, word.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Stemmers))]
    public void StemmingASpanAllocatesNothing(string language)
    {
        IStemmer stemmer = Create(language);
        string[] words = ["hestene", "kosteligst", "barnløst", "lichamelijk", "mogelijkheden", "zeeën", "aanwaaiende", "x", ""];
        char[][] buffers = [.. words.Select(w => new char[w.Length])];
        long allocated = SteadyState.AllocatedBytes(() => StemAll(stemmer, words, buffers, 10_000));

        Assert.Equal(0, allocated);
    }

    private static void StemAll(IStemmer stemmer, string[] words, char[][] buffers, int calls)
    {
        for (int i = 0; i < calls; i++)
        {
            int w = i % words.Length;
            words[w].CopyTo(buffers[w]);
            stemmer.Stem(buffers[w].AsSpan());
        }
    }

    private static IStemmer Create(string language) => language switch
    {
        "danish" => new DanishStemmer(),
        "dutch" => new DutchStemmer(),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No such stemmer."),
    };

    private static string RandomWord(Random random, int length, Func<Random, char> pick)
    {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = pick(random);
        }

        return new string(chars);
    }

    // Any UTF-16 code unit, lone surrogate halves included.
    private static char FromWholeBmp(Random random) => (char)random.Next(0, 0x10000);

    // Letters the stemmers' rules look at, so that random words actually reach the suffix steps.
    private static char FromStemmerAlphabet(Random random) => "abdegijklnorstuyæøåäëéèIY0'."[random.Next(28)];
}
