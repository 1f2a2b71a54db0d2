namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// Builds the 64-bit key of one feature (a template number and the text it looks at) without allocating:
/// FNV-1a over the template, then each character, optionally lower-cased.
/// </summary>
/// <remarks>The key is stored in the model file, so the hash must never change for a trained model: change the
/// model format version with it.</remarks>
internal struct FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private ulong value;

    private FeatureHash(ulong value) => this.value = value;

    /// <summary>Gets the finished key.</summary>
    public readonly ulong Value => value;

    /// <summary>
    /// Returns a 64-bit key of <paramref name="word"/> alone, no template, for the sets of words one text keeps: two
    /// words of a text share a key about once in 2^64 pairs, where a string per word would cost an allocation.
    /// </summary>
    public static ulong Word(ReadOnlySpan<char> word, bool lower = false)
    {
        var hash = new FeatureHash(Offset);
        hash.Add(word, lower);
        return hash.value;
    }

    /// <summary>Starts the key of template <paramref name="template"/>.</summary>
    public static FeatureHash Of(FeatureTemplate template)
    {
        var hash = new FeatureHash(Offset);
        hash.Add((char)template);
        return hash;
    }

    /// <summary>Returns the key of template <paramref name="template"/> over <paramref name="text"/>.</summary>
    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> text, bool lower = false)
    {
        FeatureHash hash = Of(template);
        hash.Add(text, lower);
        return hash.value;
    }

    /// <summary>Returns the key of template <paramref name="template"/> with one small value (a tag, a flag).</summary>
    public static ulong Of(FeatureTemplate template, int value)
    {
        FeatureHash hash = Of(template);
        hash.Add((char)('0' + value));
        return hash.value;
    }

    /// <summary>Mixes one character into the key.</summary>
    public void Add(char c)
    {
        value ^= c;
        value *= Prime;
    }

    /// <summary>Mixes <paramref name="text"/> into the key, lower-cased when <paramref name="lower"/>.</summary>
    public void Add(ReadOnlySpan<char> text, bool lower = false)
    {
        foreach (char c in text)
        {
            Add(lower ? char.ToLowerInvariant(c) : c);
        }

        Add('\u0001');
    }
}
