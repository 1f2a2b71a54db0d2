using System.Text;
using SearchEngine.Core.Index;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Codecs.DocValues;

/// <summary>
/// Sorted-set doc values held in memory: the values as one UTF-8 array with start offsets, and per document a run
/// of packed ordinals located by packed offsets (see <see cref="DocValuesWriter"/>).
/// </summary>
internal sealed class PackedSortedSetDocValues : SortedSetDocValues
{
    private readonly byte[] valueBytes;
    private readonly int[] valueStarts;
    private readonly PackedInts docOffsets;
    private readonly PackedInts ordinals;

    public PackedSortedSetDocValues(byte[] valueBytes, int[] valueStarts, PackedInts docOffsets, PackedInts ordinals)
    {
        this.valueBytes = valueBytes;
        this.valueStarts = valueStarts;
        this.docOffsets = docOffsets;
        this.ordinals = ordinals;
    }

    /// <inheritdoc />
    public override int MaxDoc => docOffsets.Count - 1;

    /// <inheritdoc />
    public override long ValueCount => valueStarts.Length - 1;

    /// <inheritdoc />
    public override int GetOrdinalCount(int docId)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)docId, (uint)MaxDoc, nameof(docId));
        return (int)(docOffsets.Get(docId + 1) - docOffsets.Get(docId));
    }

    /// <inheritdoc />
    public override int GetOrdinals(int docId, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)docId, (uint)MaxDoc, nameof(docId));
        int start = (int)docOffsets.Get(docId);
        int count = (int)docOffsets.Get(docId + 1) - start;
        ordinals.Decode(start, destination[..Math.Min(count, destination.Length)]);
        return count;
    }

    /// <inheritdoc />
    public override ReadOnlySpan<byte> LookupOrdinalUtf8(long ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((ulong)ordinal, (ulong)ValueCount, nameof(ordinal));
        int start = valueStarts[ordinal];
        return valueBytes.AsSpan(start, valueStarts[ordinal + 1] - start);
    }

    /// <inheritdoc />
    public override string LookupOrdinal(long ordinal) => Encoding.UTF8.GetString(LookupOrdinalUtf8(ordinal));

    /// <inheritdoc />
    public override long LookupTerm(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int low = 0;
        int high = valueStarts.Length - 2;
        while (low <= high)
        {
            int mid = (int)((uint)(low + high) >> 1);
            int cmp = CompareUtf8ToUtf16(valueBytes.AsSpan(valueStarts[mid], valueStarts[mid + 1] - valueStarts[mid]), value);
            if (cmp < 0)
            {
                low = mid + 1;
            }
            else if (cmp > 0)
            {
                high = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -(low + 1L);
    }

    /// <summary>
    /// Compares UTF-8 <paramref name="utf8"/> with <paramref name="text"/> in ordinal UTF-16 order (the order values
    /// are sorted in), decoding as it goes: UTF-8 byte order differs from it for characters above U+FFFF against
    /// U+E000..U+FFFF, so comparing bytes would misplace such values.
    /// </summary>
    private static int CompareUtf8ToUtf16(ReadOnlySpan<byte> utf8, ReadOnlySpan<char> text)
    {
        Span<char> units = stackalloc char[2];
        int at = 0;
        while (!utf8.IsEmpty)
        {
            _ = Rune.DecodeFromUtf8(utf8, out Rune rune, out int consumed);
            utf8 = utf8[consumed..];
            int count = rune.EncodeToUtf16(units);
            for (int i = 0; i < count; i++)
            {
                if (at == text.Length)
                {
                    return 1;
                }

                int diff = units[i] - text[at++];
                if (diff != 0)
                {
                    return diff;
                }
            }
        }

        return at == text.Length ? 0 : -1;
    }
}
