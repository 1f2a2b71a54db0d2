namespace SearchEngine.News.Indexing;

/// <summary>
/// Notices ids met twice in one bulk run, keeping 8 bytes per id (a 64-bit hash, not the id): at five million ids
/// the chance of one false report is below one in a million, where keeping the ids would cost hundreds of megabytes.
/// Counts every repeat and keeps the first <see cref="Kept"/> with their place. Used by the reading thread only.
/// </summary>
internal sealed class DuplicateIdTracker
{
    /// <summary>The repeats kept with their place.</summary>
    public const int Kept = 10;

    private readonly HashSet<ulong> seen = [];
    private readonly List<DuplicateId> first = [];

    /// <summary>Gets the number of articles whose id an earlier article of the run had.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the first <see cref="Kept"/> repeats, in reading order.</summary>
    public IReadOnlyList<DuplicateId> First => first;

    /// <summary>Records one article's id; true when the run met it before.</summary>
    public bool Add(string id, string? path, int line)
    {
        if (seen.Add(Hash(id)))
        {
            return false;
        }

        Count++;
        if (first.Count < Kept)
        {
            first.Add(new DuplicateId(id, path, line));
        }

        return true;
    }

    // FNV-1a over the UTF-16 code units, then a finalizer that spreads the low bits (splitmix64's).
    private static ulong Hash(string id)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }
}
