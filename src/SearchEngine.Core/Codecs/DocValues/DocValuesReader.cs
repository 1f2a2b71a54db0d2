using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Codecs.DocValues;

/// <summary>Reads the doc values file of one segment (see <see cref="DocValuesWriter"/> for its grammar).</summary>
/// <remarks>
/// Opening verifies the whole file's checksum, which reads every byte anyway, so the packed arrays are copied to
/// the heap at the same time: lookups are then array reads with no file behind them, the reader needs no disposal,
/// and facet counting runs over plain arrays. Immutable and safe to share between threads.
/// </remarks>
internal sealed class DocValuesReader
{
    private readonly NumericDocValues?[] numeric;
    private readonly SortedSetDocValues?[] sortedSet;

    private DocValuesReader(int maxDoc, NumericDocValues?[] numeric, SortedSetDocValues?[] sortedSet)
    {
        MaxDoc = maxDoc;
        this.numeric = numeric;
        this.sortedSet = sortedSet;
    }

    /// <summary>Gets the number of documents the file was written for.</summary>
    public int MaxDoc { get; }

    /// <summary>
    /// Opens the doc values of <paramref name="segment"/>, a segment of <paramref name="maxDoc"/> documents; throws
    /// <see cref="CorruptIndexException"/> naming the file when any byte differs from what was written or the
    /// content does not fit <paramref name="fieldInfos"/> and <paramref name="maxDoc"/> (every ordinal included).
    /// </summary>
    public static DocValuesReader Open(IndexDirectory directory, string segment, FieldInfos fieldInfos, int maxDoc)
    {
        ArgumentNullException.ThrowIfNull(fieldInfos);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDoc);
        using (IndexInput input = SegmentFile.Open(directory, segment, DocValuesWriter.Extension, DocValuesWriter.Codec, DocValuesWriter.VersionCurrent))
        {
            int written = input.ReadVInt32();
            if (written != maxDoc)
            {
                throw input.Corrupt($"written for {written} documents, the segment has {maxDoc}");
            }
            var numeric = new NumericDocValues?[fieldInfos.Count];
            var sortedSet = new SortedSetDocValues?[fieldInfos.Count];
            for (int number = input.ReadVInt32() - 1; number >= 0; number = input.ReadVInt32() - 1)
            {
                byte kind = input.ReadByte();
                DocValuesType expected = kind switch
                {
                    DocValuesWriter.KindNumeric => DocValuesType.Numeric,
                    DocValuesWriter.KindSortedSet => DocValuesType.SortedSet,
                    _ => throw input.Corrupt($"unknown doc values kind {kind} for field number {number}"),
                };
                if (number >= fieldInfos.Count || fieldInfos[number].DocValues != expected)
                {
                    throw input.Corrupt($"{expected} doc values for field number {number}, which the segment does not declare so");
                }

                if (numeric[number] is not null || sortedSet[number] is not null)
                {
                    throw input.Corrupt($"doc values of field '{fieldInfos[number].Name}' appear twice");
                }

                if (expected == DocValuesType.Numeric)
                {
                    numeric[number] = ReadNumeric(input, maxDoc);
                }
                else
                {
                    sortedSet[number] = ReadSortedSet(input, maxDoc);
                }
            }

            if (input.Position != CodecUtil.ContentEnd(input))
            {
                throw input.Corrupt($"{CodecUtil.ContentEnd(input) - input.Position} unexpected bytes after the last field");
            }

            return new DocValuesReader(maxDoc, numeric, sortedSet);
        }
    }

    /// <summary>Returns the numeric doc values of <paramref name="field"/>, or null when the segment wrote none.</summary>
    public NumericDocValues? GetNumeric(FieldInfo field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return (uint)field.Number < (uint)numeric.Length ? numeric[field.Number] : null;
    }

    /// <summary>Returns the sorted-set doc values of <paramref name="field"/>, or null when the segment wrote none.</summary>
    public SortedSetDocValues? GetSortedSet(FieldInfo field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return (uint)field.Number < (uint)sortedSet.Length ? sortedSet[field.Number] : null;
    }

    private static PackedNumericDocValues ReadNumeric(IndexInput input, int maxDoc)
    {
        FixedBitSet? docsWithValue = null;
        byte presence = input.ReadByte();
        if (presence == 1)
        {
            if (!FixedBitSet.TryWrap(PackedInts.ReadWords(input, FixedBitSet.WordCount(maxDoc)), maxDoc, out docsWithValue))
            {
                throw input.Corrupt("presence bits set beyond MaxDoc");
            }
        }
        else if (presence != 0)
        {
            throw input.Corrupt($"unknown presence kind {presence}");
        }

        long min = input.ReadInt64();
        ulong gcd = (ulong)input.ReadInt64();
        if (gcd == 0)
        {
            throw input.Corrupt("numeric doc values with a gcd of 0");
        }

        return new PackedNumericDocValues(PackedInts.Read(input, maxDoc, input.ReadByte()), min, gcd, docsWithValue);
    }

    private static PackedSortedSetDocValues ReadSortedSet(IndexInput input, int maxDoc)
    {
        int valueCount = input.ReadVInt32();
        int totalBytes = input.ReadVInt32();
        // Every value takes at least its length byte: bound the allocations below by what the file can hold.
        _ = input.CheckCount((long)valueCount + totalBytes, 1, "sorted-set value count plus value bytes");
        byte[] valueBytes = GC.AllocateUninitializedArray<byte>(totalBytes);
        int[] valueStarts = new int[valueCount + 1];
        int at = 0;
        for (int ord = 0; ord < valueCount; ord++)
        {
            int length = input.ReadVInt32();
            if (length > totalBytes - at)
            {
                throw input.Corrupt($"value {ord} runs past the field's {totalBytes} value bytes");
            }

            input.ReadBytes(valueBytes.AsSpan(at, length));
            at += length;
            valueStarts[ord + 1] = at;
        }

        if (at != totalBytes)
        {
            throw input.Corrupt($"values fill {at} of {totalBytes} bytes");
        }

        // A document holds each value at most once, so no more ordinals than that (packed at width 0 they take no bytes).
        int ordinalCount = input.ReadVInt32();
        if (ordinalCount > (long)maxDoc * valueCount)
        {
            throw input.Corrupt($"{ordinalCount} ordinals for {maxDoc} documents of at most {valueCount} values each");
        }

        PackedInts offsets = PackedInts.Read(input, maxDoc + 1, input.ReadByte());
        PackedInts ordinals = PackedInts.Read(input, ordinalCount, input.ReadByte());
        CheckOrdinals(input, maxDoc, valueCount, offsets, ordinals);
        return new PackedSortedSetDocValues(valueBytes, valueStarts, offsets, ordinals);
    }

    /// <summary>
    /// Checks at open what lookups then trust without a check: offsets start at 0, never decrease and end at the
    /// ordinal count, and each document's ordinals ascend strictly below the value count.
    /// </summary>
    private static void CheckOrdinals(IndexInput input, int maxDoc, int valueCount, PackedInts offsets, PackedInts ordinals)
    {
        if (offsets.Get(0) != 0)
        {
            throw input.Corrupt($"ordinal offsets start at {offsets.Get(0)}, not 0");
        }

        Span<int> buffer = stackalloc int[64];
        ulong previous = 0;
        for (int doc = 0; doc < maxDoc; doc++)
        {
            ulong end = offsets.Get(doc + 1);
            if (end < previous || end > (ulong)ordinals.Count)
            {
                throw input.Corrupt($"ordinal offset {end} of document {doc + 1} is outside {previous}..{ordinals.Count}");
            }

            int last = -1;
            for (int at = (int)previous; at < (int)end; at += buffer.Length)
            {
                Span<int> chunk = buffer[..Math.Min(buffer.Length, (int)end - at)];
                ordinals.Decode(at, chunk);
                foreach (int ordinal in chunk)
                {
                    if (ordinal <= last || ordinal >= valueCount)
                    {
                        throw input.Corrupt($"document {doc} has ordinal {ordinal} after {last} (values: {valueCount})");
                    }

                    last = ordinal;
                }
            }

            previous = end;
        }

        if (previous != (ulong)ordinals.Count)
        {
            throw input.Corrupt($"ordinal offsets end at {previous}, not at the {ordinals.Count} ordinals");
        }
    }
}
