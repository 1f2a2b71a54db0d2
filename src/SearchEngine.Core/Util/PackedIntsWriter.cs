using System.Runtime.InteropServices;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Util;

/// <summary>
/// Writes unsigned integers packed at a fixed width of 0 to 64 bits, low bits first, as little-endian 64-bit
/// words; the file holds exactly <c>ceil(count * width / 64)</c> words, the unused high bits of the last one zero.
/// <see cref="PackedInts"/> reads them back.
/// </summary>
/// <remarks>
/// Grammar: <c>Packed := Word:int64^ceil(Count * BitsPerValue / 64)</c>. The count and width are not written
/// here: every format records them before the words, where its reader needs them to size the array.
/// </remarks>
internal sealed class PackedIntsWriter
{
    private readonly IndexOutput output;
    private readonly int bitsPerValue;
    private readonly ulong mask;
    private ulong pending;
    private int pendingBits;

    /// <summary>Starts writing values of width <paramref name="bitsPerValue"/> to <paramref name="output"/>.</summary>
    public PackedIntsWriter(IndexOutput output, int bitsPerValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitsPerValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitsPerValue, 64);
        this.output = output;
        this.bitsPerValue = bitsPerValue;
        mask = bitsPerValue == 64 ? ulong.MaxValue : (1UL << bitsPerValue) - 1;
    }

    /// <summary>Appends a value, which must fit in the width.</summary>
    public void Add(ulong value)
    {
        if ((value & ~mask) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Value does not fit in {bitsPerValue} bits.");
        }

        if (bitsPerValue == 0)
        {
            return;
        }

        pending |= value << pendingBits;
        int total = pendingBits + bitsPerValue;
        if (total < 64)
        {
            pendingBits = total;
            return;
        }

        output.WriteInt64((long)pending);
        // The bits of value that did not fit in the word just written start the next one.
        int written = 64 - pendingBits;
        pending = written == 64 ? 0 : value >> written;
        pendingBits = total - 64;
    }

    /// <summary>Writes the last partial word, if any; call once after the last <see cref="Add"/>.</summary>
    public void Finish()
    {
        if (pendingBits > 0)
        {
            output.WriteInt64((long)pending);
            pending = 0;
            pendingBits = 0;
        }
    }

    /// <summary>Writes <paramref name="words"/> as little-endian 64-bit integers (bit sets).</summary>
    public static void WriteWords(IndexOutput output, ReadOnlySpan<long> words)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (BitConverter.IsLittleEndian)
        {
            output.WriteBytes(MemoryMarshal.AsBytes(words));
            return;
        }

        foreach (long word in words)
        {
            output.WriteInt64(word);
        }
    }
}
