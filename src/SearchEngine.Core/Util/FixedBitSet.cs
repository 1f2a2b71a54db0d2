using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Util;

/// <summary>
/// A set of bits of fixed length, held in a <c>long[]</c> (bit <c>i</c> is bit <c>i % 64</c> of word
/// <c>i / 64</c>): live documents, documents with a doc value, filter results.
/// </summary>
/// <remarks>
/// Not thread-safe for writing; concurrent reads of a set nobody changes are safe. Bits at or above
/// <see cref="Length"/> in the last word are always zero, so <see cref="Cardinality"/> and
/// <see cref="NextSetBit"/> need no masking and two sets of the same length can be compared word by word.
/// </remarks>
internal sealed class FixedBitSet : IBits
{
    private readonly long[] words;

    /// <summary>Initializes a set of <paramref name="length"/> bits, all clear.</summary>
    public FixedBitSet(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        words = new long[WordCount(length)];
    }

    private FixedBitSet(long[] words, int length)
    {
        this.words = words;
        Length = length;
    }

    /// <summary>Gets the number of bits.</summary>
    public int Length { get; }

    /// <summary>Gets the backing words, for codecs that write or read the set in bulk.</summary>
    internal long[] Words => words;

    /// <summary>Returns the number of 64-bit words that hold <paramref name="length"/> bits.</summary>
    public static int WordCount(int length) => (int)(((long)length + 63) >> 6);

    /// <summary>
    /// Wraps <paramref name="words"/> (not copied) as a set of <paramref name="length"/> bits; returns false when
    /// the array has the wrong size or a bit at or above <paramref name="length"/> is set, as a corrupt file would.
    /// </summary>
    internal static bool TryWrap(long[] words, int length, [NotNullWhen(true)] out FixedBitSet? set)
    {
        set = null;
        if (length < 0 || words.Length != WordCount(length))
        {
            return false;
        }

        if ((length & 63) != 0 && (words[^1] >>> (length & 63)) != 0)
        {
            return false;
        }

        set = new FixedBitSet(words, length);
        return true;
    }

    /// <inheritdoc />
    public bool this[int index] => Get(index);

    /// <summary>Tells whether bit <paramref name="index"/> is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Get(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            ThrowOutOfRange(index);
        }

        // A shift count is taken mod 64, so index's low six bits select the bit without masking.
        return (words[index >> 6] & (1L << index)) != 0;
    }

    /// <summary>Sets bit <paramref name="index"/>.</summary>
    public void Set(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            ThrowOutOfRange(index);
        }

        words[index >> 6] |= 1L << index;
    }

    /// <summary>Clears bit <paramref name="index"/>.</summary>
    public void Clear(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            ThrowOutOfRange(index);
        }

        words[index >> 6] &= ~(1L << index);
    }

    /// <summary>Sets every bit (e.g. the live documents of a segment without deletions).</summary>
    public void SetAll()
    {
        Array.Fill(words, -1L);
        if ((Length & 63) != 0)
        {
            words[^1] = (long)(ulong.MaxValue >> (64 - (Length & 63)));
        }
    }

    /// <summary>Returns the number of set bits.</summary>
    public int Cardinality()
    {
        int count = 0;
        foreach (long word in words)
        {
            count += BitOperations.PopCount((ulong)word);
        }

        return count;
    }

    /// <summary>
    /// Returns the index of the first set bit at or after <paramref name="from"/>, or -1 when there is none;
    /// <paramref name="from"/> may equal <see cref="Length"/>, so <c>NextSetBit(i + 1)</c> ends a loop cleanly.
    /// </summary>
    public int NextSetBit(int from)
    {
        if ((uint)from > (uint)Length)
        {
            ThrowOutOfRange(from);
        }

        int w = from >> 6;
        if (w >= words.Length)
        {
            return -1;
        }

        ulong word = (ulong)words[w] >> from;
        if (word != 0)
        {
            return from + BitOperations.TrailingZeroCount(word);
        }

        while (++w < words.Length)
        {
            if (words[w] != 0)
            {
                return (w << 6) + BitOperations.TrailingZeroCount(words[w]);
            }
        }

        return -1;
    }

    /// <summary>Returns an independent copy.</summary>
    public FixedBitSet Clone() => new((long[])words.Clone(), Length);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"Bit index must be in 0..{Length - 1}.");
}
