using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Util;

/// <summary>
/// A read-only array of unsigned integers packed at a fixed width of 0 to 64 bits, in memory: value <c>i</c>
/// occupies bits <c>i * width</c> to <c>(i + 1) * width - 1</c> of a little-endian bit stream held in 64-bit words
/// (see <see cref="PackedIntsWriter"/> for the file side).
/// </summary>
/// <remarks>
/// Values are read with a shift and a mask, two words when a value straddles a word boundary; width 0 means every
/// value is 0 and stores nothing. Instances are immutable and safe to share between threads.
/// </remarks>
internal sealed class PackedInts
{
    private readonly long[] words;
    private readonly int bitsPerValue;
    private readonly ulong mask;

    private PackedInts(long[] words, int count, int bitsPerValue)
    {
        this.words = words;
        Count = count;
        this.bitsPerValue = bitsPerValue;
        mask = bitsPerValue == 64 ? ulong.MaxValue : (1UL << bitsPerValue) - 1;
    }

    /// <summary>Gets the number of values.</summary>
    public int Count { get; }

    /// <summary>Returns the smallest width that holds <paramref name="maxValue"/> (0 for 0).</summary>
    public static int BitsRequired(ulong maxValue) => 64 - BitOperations.LeadingZeroCount(maxValue);

    /// <summary>Returns the number of 64-bit words that hold <paramref name="count"/> values of the given width.</summary>
    public static long WordCount(long count, int bitsPerValue) => ((count * bitsPerValue) + 63) >> 6;

    /// <summary>Reads <paramref name="count"/> values of width <paramref name="bitsPerValue"/> at the input's position.</summary>
    public static PackedInts Read(IndexInput input, int count, int bitsPerValue)
    {
        if (bitsPerValue is < 0 or > 64 || count < 0)
        {
            throw input.Corrupt($"packed array of {count} values at width {bitsPerValue}");
        }

        long wordCount = WordCount(count, bitsPerValue);
        if (wordCount > Array.MaxLength)
        {
            throw input.Corrupt($"packed array of {wordCount} words is too large");
        }

        return new PackedInts(ReadWords(input, (int)wordCount), count, bitsPerValue);
    }

    /// <summary>Reads <paramref name="count"/> little-endian 64-bit words at the input's position into a new array.</summary>
    public static long[] ReadWords(IndexInput input, int count)
    {
        if (count < 0 || count > (input.Length - input.Position) / 8)
        {
            throw input.Corrupt($"{count} words at {input.Position} run past the end ({input.Length} bytes)");
        }

        long[] result = GC.AllocateUninitializedArray<long>(count);
        const int chunk = 1 << 20;
        for (int done = 0; done < count; done += chunk)
        {
            int n = Math.Min(chunk, count - done);
            Span<long> target = result.AsSpan(done, n);
            MemoryMarshal.Cast<byte, long>(input.ReadSpan(n * 8)).CopyTo(target);
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(target, target);
            }
        }

        return result;
    }

    /// <summary>Returns value <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Get(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            ThrowOutOfRange(index);
        }

        if (bitsPerValue == 0)
        {
            return 0;
        }

        long bit = (long)index * bitsPerValue;
        int word = (int)(bit >> 6);
        int shift = (int)bit & 63;
        ulong value = (ulong)words[word] >> shift;
        if (shift + bitsPerValue > 64)
        {
            value |= (ulong)words[word + 1] << (64 - shift);
        }

        return value & mask;
    }

    /// <summary>
    /// Decodes the <c>destination.Length</c> values starting at <paramref name="start"/>, which must all fit in an
    /// int, walking the bit stream once instead of recomputing each value's position (facet counting).
    /// </summary>
    public void Decode(int start, Span<int> destination)
    {
        if (start < 0 || destination.Length > Count - start)
        {
            ThrowOutOfRange(start);
        }

        if (bitsPerValue == 0)
        {
            destination.Clear();
            return;
        }

        long bit = (long)start * bitsPerValue;
        int word = (int)(bit >> 6);
        int shift = (int)bit & 63;
        for (int i = 0; i < destination.Length; i++)
        {
            ulong value = (ulong)words[word] >> shift;
            int next = shift + bitsPerValue;
            if (next > 64)
            {
                value |= (ulong)words[word + 1] << (64 - shift);
            }

            destination[i] = (int)(value & mask);
            word += next >> 6;
            shift = next & 63;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"Index must be in 0..{Count - 1}.");
}
