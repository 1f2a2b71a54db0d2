namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// Remembers, per word key (<see cref="TokenFeatures.IntrinsicKey"/>), the sums of both passes' weights over the
/// word's intrinsic features and the facts its context features need: news repeats its words, so most tagged
/// words skip their hashes, lexicon and gazetteer lookups, and half their weight lookups.
/// </summary>
/// <remarks>
/// The sums are exact: the tagger adds a word's intrinsic features first (<see cref="TokenFeatures.Static"/>), so
/// starting the context's sum from the cached one adds the same floats in the same order as tagging without the
/// cache. Valid for one model and one gazetteer, so the extractor that owns both owns it. Direct-mapped with
/// <see cref="Size"/> slots, a colliding word replaces the one before; thread-safe without locks, as an entry is
/// immutable and published by one reference write. Two words share a 64-bit key about once in 2^64 pairs.
/// </remarks>
internal sealed class IntrinsicScoreCache
{
    /// <summary>The number of slots: room for the capitalised vocabulary of a large news corpus, about 1 MB of entries when full.</summary>
    public const int Size = 1 << 14;

    private const int Shift = 64 - 14;

    private readonly Entry?[] entries = new Entry?[Size];

    /// <summary>Returns the entry of <paramref name="key"/>, or null when it is not cached.</summary>
    public Entry? Find(ulong key)
    {
        Entry? entry = Volatile.Read(ref entries[Slot(key)]);
        return entry is not null && entry.Key == key ? entry : null;
    }

    /// <summary>Caches <paramref name="entry"/>, replacing whatever its slot held; returns it.</summary>
    public Entry Add(Entry entry)
    {
        Volatile.Write(ref entries[Slot(entry.Key)], entry);
        return entry;
    }

    private static int Slot(ulong key) => (int)((key * 11400714819323198485UL) >> Shift);

    /// <summary>A word's intrinsic weight sums for the first and second pass, and its facts.</summary>
    internal sealed class Entry(ulong key, TagScores first, TagScores second, WordFacts facts)
    {
        public ulong Key { get; } = key;

        public TagScores First { get; } = first;

        public TagScores Second { get; } = second;

        public WordFacts Facts { get; } = facts;
    }
}
