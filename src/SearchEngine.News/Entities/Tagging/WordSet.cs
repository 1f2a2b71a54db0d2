namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// A set of words held as 64-bit keys (<see cref="FeatureHash.Word"/>) in one open-addressing array: a lookup reads
/// one cache line, where a set of strings reads a bucket, an entry and the string, and the words themselves are not
/// kept. Two words share a key about once in 2^64 pairs; a dictionary of half a million words makes a false hit
/// about once in 3 * 10^13 lookups.
/// </summary>
/// <remarks>Filled while built, then only read: reads from several threads are safe once it is no longer written.</remarks>
internal sealed class WordSet
{
    private const ulong Fibonacci = 11400714819323198485UL;

    private readonly ulong[] keys;
    private readonly int shift;

    /// <summary>Creates a set for at most <paramref name="capacity"/> words, kept at most half full.</summary>
    public WordSet(int capacity)
    {
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        keys = new ulong[size];
        shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>Gets the number of distinct words added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="word"/>; returns false when it was there already.</summary>
    public bool Add(ReadOnlySpan<char> word)
    {
        if (Count * 2 >= keys.Length)
        {
            throw new InvalidOperationException($"The word set was made for {keys.Length / 2} words.");
        }

        ulong key = KeyOf(word);
        int index = (int)((key * Fibonacci) >> shift);
        while (keys[index] != 0)
        {
            if (keys[index] == key)
            {
                return false;
            }

            index = (index + 1) & (keys.Length - 1);
        }

        keys[index] = key;
        Count++;
        return true;
    }

    /// <summary>True when <paramref name="word"/> was added.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        ulong key = KeyOf(word);
        int index = (int)((key * Fibonacci) >> shift);
        while (true)
        {
            ulong found = keys[index];
            if (found == key)
            {
                return true;
            }

            if (found == 0)
            {
                return false;
            }

            index = (index + 1) & (keys.Length - 1);
        }
    }

    /// <summary>The word's key; 0 marks an empty slot, so a word whose key is 0 takes 1.</summary>
    private static ulong KeyOf(ReadOnlySpan<char> word)
    {
        ulong key = FeatureHash.Word(word);
        return key == 0 ? 1 : key;
    }
}
