using System.IO.Compression;
using System.Reflection;
using SearchEngine.Analysis.Stemming;

namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// The words of one language's spelling dictionary (Debian's <c>hunspell-da</c> / <c>hunspell-nl</c>, reduced to
/// its entries by <c>tools/entitymodel lexicon</c>): it tells a common word, which a capital at a sentence start
/// does not make a name (<c>Han</c>, <c>Anders</c>, <c>Onderwijs</c>), from a name the dictionary spells with a
/// capital.
/// </summary>
/// <remarks>
/// Dictionary entries are stems with affix flags; the flags are dropped, so an inflected form is found through its
/// Snowball stem (<c>regeringen</c> through <c>regering</c>). Lookups allocate nothing. Thread-safe once loaded.
/// </remarks>
internal sealed class Lexicon
{
    private const string ResourcePrefix = "SearchEngine.News.Entities.Resources.lexicon.";
    private const int MaxWord = 64;

    private static readonly Lazy<Lexicon> Danish = new(() => Load("da", new DanishStemmer()));
    private static readonly Lazy<Lexicon> Dutch = new(() => Load("nl", new DutchStemmer()));

    private readonly WordSet common;
    private readonly WordSet commonStems;
    private readonly WordSet names;
    private readonly IStemmer stemmer;

    internal Lexicon(IReadOnlyCollection<string> entries, IStemmer stemmer)
    {
        this.stemmer = stemmer;
        common = new WordSet(entries.Count);
        commonStems = new WordSet(entries.Count);
        names = new WordSet(entries.Count);
        Span<char> buffer = stackalloc char[MaxWord];
        foreach (string entry in entries)
        {
            if (entry.Length == 0)
            {
                continue;
            }

            if (char.IsUpper(entry[0]))
            {
                names.Add(entry);
            }
            else
            {
                common.Add(entry);
                if (entry.Length <= MaxWord)
                {
                    entry.CopyTo(buffer);
                    commonStems.Add(buffer[..stemmer.Stem(buffer[..entry.Length])]);
                }
            }
        }
    }

    /// <summary>Gets the number of common (lower-case) entries.</summary>
    public int CommonCount => common.Count;

    /// <summary>Returns the lexicon of <paramref name="language"/> ("da" or "nl"), loading it on first use.</summary>
    public static Lexicon For(string language) => language == "nl" ? Dutch.Value : Danish.Value;

    /// <summary>True when <paramref name="word"/>, lower-cased, is a dictionary word or inflects one (by its stem).</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (common.Contains(lower))
        {
            return true;
        }

        int length = stemmer.Stem(lower);
        return commonStems.Contains(lower[..length]);
    }

    /// <summary>True when <paramref name="word"/> is in the dictionary exactly as written with lower case (no stemming).</summary>
    public bool IsExactCommonWord(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return common.Contains(lower);
    }

    /// <summary>True when the dictionary spells <paramref name="word"/> with its capital: a name it knows (<c>Anders</c> in Danish).</summary>
    public bool IsName(ReadOnlySpan<char> word) => names.Contains(word);

    /// <summary>Reads the entries of a compressed lexicon resource: gzip over UTF-8 lines.</summary>
    internal static IEnumerable<string> ReadEntries(Stream compressed)
    {
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is string line)
        {
            yield return line;
        }
    }

    private static Lexicon Load(string language, IStemmer stemmer)
    {
        string name = ResourcePrefix + language + ".txt.gz";
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The lexicon '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        return new Lexicon(ReadEntries(stream).ToList(), stemmer);
    }
}
