using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Frame-of-reference bit packing of exactly 128 unsigned 32-bit values at one width from 0 to 32 bits: the
/// encoding of every full postings block (document deltas and frequencies).
/// </summary>
/// <remarks>
/// <para>Layout ("vertical", four lanes): the block is <c>4 * width</c> little-endian 32-bit words, i.e.
/// <c>16 * width</c> bytes. Word <c>4 * k + j</c> belongs to lane <c>j</c> (0..3); lane <c>j</c> holds the
/// values <c>j, j + 4, j + 8, ..., j + 124</c>, packed low bits first through its words <c>k = 0..width-1</c>,
/// a value straddling two words continuing in the low bits of the lane's next word. Width 0 stores nothing and
/// decodes as 128 zeros (a block of consecutive documents, or of frequency 1 everywhere, since values are stored
/// minus one).</para>
/// <para>Why vertical: the four lanes sit side by side in one 128-bit vector, so decoding is 32 steps of
/// shift, or and mask over four values at once, whatever the width, with no per-width code. The layout is the
/// one published for SIMD-BP128 (Lemire and Boytsov, "Decoding billions of integers per second").</para>
/// </remarks>
internal static class ForUtil
{
    /// <summary>The number of values in a block.</summary>
    public const int BlockSize = 128;

    /// <summary>The largest width.</summary>
    public const int MaxBits = 32;

    private const int Lanes = 4;
    private const int ValuesPerLane = BlockSize / Lanes;

    /// <summary>Returns the number of bytes a block of the given width occupies.</summary>
    public static int EncodedLength(int bits) => bits * (BlockSize / 8);

    /// <summary>Returns the smallest width that holds every value (values are treated as unsigned).</summary>
    public static int BitsRequired(ReadOnlySpan<int> values)
    {
        uint or = 0;
        foreach (int value in values)
        {
            or |= (uint)value;
        }

        return 32 - BitOperations.LeadingZeroCount(or);
    }

    /// <summary>Packs 128 values, each of which must fit in <paramref name="bits"/>, into <see cref="EncodedLength"/> bytes.</summary>
    public static void Encode(ReadOnlySpan<int> values, int bits, Span<byte> destination)
    {
        CheckArguments(values.Length, bits, destination.Length);
        Span<uint> words = stackalloc uint[Lanes * MaxBits];
        words.Clear();
        for (int lane = 0; lane < Lanes; lane++)
        {
            int bitPos = 0;
            for (int t = 0; t < ValuesPerLane; t++, bitPos += bits)
            {
                uint value = (uint)values[lane + (Lanes * t)];
                int k = bitPos >> 5;
                int shift = bitPos & 31;
                words[(k * Lanes) + lane] |= value << shift;
                if (shift + bits > 32)
                {
                    words[((k + 1) * Lanes) + lane] |= value >> (32 - shift);
                }
            }
        }

        int wordCount = Lanes * bits;
        for (int w = 0; w < wordCount; w++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(destination[(w * 4)..], words[w]);
        }
    }

    /// <summary>Unpacks 128 values of width <paramref name="bits"/> from <paramref name="source"/> into <paramref name="values"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> source, int bits, Span<int> values)
    {
        CheckArguments(values.Length, bits, source.Length);
        if (bits == 0)
        {
            values[..BlockSize].Clear();
            return;
        }

        if (!BitConverter.IsLittleEndian)
        {
            DecodeScalar(source, bits, values);
            return;
        }

        ref byte input = ref MemoryMarshal.GetReference(source);
        ref uint output = ref Unsafe.As<int, uint>(ref MemoryMarshal.GetReference(values));
        Vector128<uint> mask = Vector128.Create(bits == 32 ? uint.MaxValue : (1u << bits) - 1);
        int k = 0;
        int shift = 0;
        Vector128<uint> current = Vector128.LoadUnsafe(ref input).AsUInt32();
        for (int t = 0; t < ValuesPerLane; t++)
        {
            Vector128<uint> value = Vector128.ShiftRightLogical(current, shift);
            int end = shift + bits;
            if (end < 32)
            {
                shift = end;
            }
            else
            {
                // The last value of the block ends exactly on a word boundary, so a load past the block never happens.
                k++;
                if (k < bits)
                {
                    current = Vector128.LoadUnsafe(ref input, (nuint)(k * 16)).AsUInt32();
                }

                if (end > 32)
                {
                    value |= Vector128.ShiftLeft(current, 32 - shift);
                }

                shift = end - 32;
            }

            (value & mask).StoreUnsafe(ref output, (nuint)(t * Lanes));
        }
    }

    /// <summary>Unpacks one value at a time; the reference for <see cref="Decode"/> and its path on big-endian machines.</summary>
    public static void DecodeScalar(ReadOnlySpan<byte> source, int bits, Span<int> values)
    {
        CheckArguments(values.Length, bits, source.Length);
        if (bits == 0)
        {
            values[..BlockSize].Clear();
            return;
        }

        ulong mask = bits == 32 ? uint.MaxValue : (1u << bits) - 1;
        for (int lane = 0; lane < Lanes; lane++)
        {
            int bitPos = 0;
            for (int t = 0; t < ValuesPerLane; t++, bitPos += bits)
            {
                int k = bitPos >> 5;
                int shift = bitPos & 31;
                ulong low = BinaryPrimitives.ReadUInt32LittleEndian(source[(((k * Lanes) + lane) * 4)..]);
                if (shift + bits > 32)
                {
                    low |= (ulong)BinaryPrimitives.ReadUInt32LittleEndian(source[((((k + 1) * Lanes) + lane) * 4)..]) << 32;
                }

                values[lane + (Lanes * t)] = (int)(uint)((low >> shift) & mask);
            }
        }
    }

    private static void CheckArguments(int valueCount, int bits, int byteCount)
    {
        if ((uint)bits > MaxBits)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "A block packs 0 to 32 bits per value.");
        }

        if (valueCount < BlockSize || byteCount < EncodedLength(bits))
        {
            throw new ArgumentException($"A block of width {bits} needs {BlockSize} values and {EncodedLength(bits)} bytes; got {valueCount} and {byteCount}.");
        }
    }
}
