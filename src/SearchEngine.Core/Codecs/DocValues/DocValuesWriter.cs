using System.Text;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Codecs.DocValues;

/// <summary>
/// Writes the doc values file of one segment: numeric fields (one 64-bit value per document, bit-packed) and
/// sorted-set fields (a sorted value list and per document the ordinals of its values).
/// </summary>
/// <remarks>
/// <para>Grammar of <c>&lt;segment&gt;.dv</c>:</para>
/// <code>
/// DocValues  := Header("SearchEngine.DocValues", 1) Segment:string MaxDoc:VInt Field* End Footer
/// Field      := FieldNumber+1:VInt Kind:byte (Numeric | SortedSet)
/// End        := 0:VInt
/// Numeric    := (Kind 1) Presence Min:int64 Gcd:int64 Bits:byte Packed(MaxDoc values)
/// Presence   := 0:byte                                  (every document has a value)
///             | 1:byte Word:int64^ceil(MaxDoc/64)       (bit set of the documents with a value)
/// SortedSet  := (Kind 2) ValueCount:VInt TotalBytes:VInt (Length:VInt Utf8:byte^Length)^ValueCount
///               OrdinalCount:VInt OffsetBits:byte Packed(MaxDoc+1 offsets) OrdinalBits:byte Packed(OrdinalCount)
/// Packed     := Word:int64^ceil(Count * Bits / 64)      (see PackedIntsWriter)
/// </code>
/// <para>
/// A numeric value is stored as <c>(value - Min) / Gcd</c> at the smallest width that holds the largest such
/// quotient: dates as yyyymmdd cost about 20 bits, a constant field 0 bits. Documents without a value store 0
/// and are told apart by the presence bits. The subtraction and product wrap, so the full long range works.
/// </para>
/// <para>
/// A sorted-set field's values are sorted in ordinal (UTF-16 code unit) order; document d's ordinals are entries
/// <c>offset[d]</c> to <c>offset[d+1] - 1</c> of the ordinal array, ascending, so a document with no value costs
/// one offset and facet counting reads a run of packed ordinals.
/// </para>
/// </remarks>
internal sealed class DocValuesWriter : IDisposable
{
    /// <summary>The file extension of doc values files.</summary>
    public const string Extension = "dv";

    /// <summary>The codec name in the file header.</summary>
    public const string Codec = "SearchEngine.DocValues";

    /// <summary>The format version this build writes.</summary>
    public const int VersionCurrent = 1;

    internal const byte KindNumeric = 1;
    internal const byte KindSortedSet = 2;

    // Strict, so a value with a lone surrogate fails loudly instead of changing into U+FFFD and out of order.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IndexOutput output;
    private readonly int maxDoc;
    private readonly HashSet<int> written = [];
    private bool finished;

    /// <summary>Creates the doc values file of <paramref name="segment"/>, whose documents number <paramref name="maxDoc"/>.</summary>
    public DocValuesWriter(IndexDirectory directory, string segment, int maxDoc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDoc);
        this.maxDoc = maxDoc;
        output = SegmentFile.Create(directory, segment, Extension, Codec, VersionCurrent);
        output.WriteVInt32(maxDoc);
    }

    /// <summary>
    /// Writes a numeric field: <paramref name="values"/> holds MaxDoc entries indexed by DocId; entries of documents
    /// not in <paramref name="docsWithValue"/> are ignored (null: every document has a value).
    /// </summary>
    public void AddNumericField(FieldInfo field, ReadOnlySpan<long> values, FixedBitSet? docsWithValue)
    {
        CheckField(field, DocValuesType.Numeric);
        if (values.Length != maxDoc || (docsWithValue is not null && docsWithValue.Length != maxDoc))
        {
            throw new ArgumentException($"Field '{field.Name}' has {values.Length} values and {docsWithValue?.Length} presence bits for {maxDoc} documents.", nameof(values));
        }

        bool any = false;
        long min = 0;
        long max = 0;
        for (int doc = 0; doc < values.Length; doc++)
        {
            if (docsWithValue is null || docsWithValue.Get(doc))
            {
                min = any ? Math.Min(min, values[doc]) : values[doc];
                max = any ? Math.Max(max, values[doc]) : values[doc];
                any = true;
            }
        }

        // Differences from min fit in an unsigned long even across the whole long range.
        ulong gcd = 0;
        for (int doc = 0; doc < values.Length && gcd != 1; doc++)
        {
            if (docsWithValue is null || docsWithValue.Get(doc))
            {
                gcd = Gcd(gcd, unchecked((ulong)(values[doc] - min)));
            }
        }

        gcd = gcd == 0 ? 1 : gcd;
        int bits = PackedInts.BitsRequired(unchecked((ulong)(max - min)) / gcd);
        StartField(field, KindNumeric);
        if (docsWithValue is null || docsWithValue.Cardinality() == maxDoc)
        {
            output.WriteByte(0);
        }
        else
        {
            output.WriteByte(1);
            PackedIntsWriter.WriteWords(output, docsWithValue.Words);
        }

        output.WriteInt64(min);
        output.WriteInt64(unchecked((long)gcd));
        output.WriteByte((byte)bits);
        var packed = new PackedIntsWriter(output, bits);
        for (int doc = 0; doc < values.Length; doc++)
        {
            bool has = docsWithValue is null || docsWithValue.Get(doc);
            packed.Add(has ? unchecked((ulong)(values[doc] - min)) / gcd : 0);
        }

        packed.Finish();
    }

    /// <summary>
    /// Writes a sorted-set field. <paramref name="sortedUniqueValues"/> are the field's distinct values in strictly
    /// ascending ordinal order (their index is the ordinal); document d's ordinals are
    /// <c>ordinals[docStarts[d]..docStarts[d + 1]]</c>, ascending and unique; <paramref name="docStarts"/> has
    /// MaxDoc + 1 entries, the first 0 and the last <c>ordinals.Length</c>.
    /// </summary>
    /// <remarks>
    /// Flat arrays in DocId order are what both producers have at hand: a flush appends each document's value ids
    /// (mapped to ordinals and sorted per document once the value list is sorted), a merge appends each surviving
    /// document's ordinals remapped to the merged value list. No per-document list objects are needed.
    /// </remarks>
    public void AddSortedSetField(FieldInfo field, IReadOnlyList<string> sortedUniqueValues, ReadOnlySpan<int> docStarts, ReadOnlySpan<int> ordinals)
    {
        CheckField(field, DocValuesType.SortedSet);
        ArgumentNullException.ThrowIfNull(sortedUniqueValues);
        int valueCount = sortedUniqueValues.Count;
        long totalBytes = 0;
        for (int i = 0; i < valueCount; i++)
        {
            if (i > 0 && string.CompareOrdinal(sortedUniqueValues[i - 1], sortedUniqueValues[i]) >= 0)
            {
                throw new ArgumentException($"Values of field '{field.Name}' are not strictly ascending at ordinal {i}.", nameof(sortedUniqueValues));
            }

            try
            {
                totalBytes += StrictUtf8.GetByteCount(sortedUniqueValues[i]);
            }
            catch (EncoderFallbackException ex)
            {
                throw new ArgumentException($"Value {i} of field '{field.Name}' is not valid UTF-16 (a lone surrogate).", nameof(sortedUniqueValues), ex);
            }
        }

        ValidateOrdinals(field, valueCount, docStarts, ordinals);
        if (totalBytes > Array.MaxLength)
        {
            throw new ArgumentException($"Values of field '{field.Name}' exceed 2 GB.", nameof(sortedUniqueValues));
        }

        StartField(field, KindSortedSet);
        output.WriteVInt32(valueCount);
        output.WriteVInt32((int)totalBytes);
        foreach (string value in sortedUniqueValues)
        {
            output.WriteString(value);
        }

        output.WriteVInt32(ordinals.Length);
        WritePacked(docStarts, PackedInts.BitsRequired((ulong)ordinals.Length));
        WritePacked(ordinals, valueCount == 0 ? 0 : PackedInts.BitsRequired((ulong)(valueCount - 1)));
    }

    /// <summary>Ends the field list, writes the footer and closes the file.</summary>
    public void Finish()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        output.WriteVInt32(0);
        CodecUtil.WriteFooter(output, VersionCurrent);
        finished = true;
        output.Dispose();
    }

    /// <summary>Closes the file; without <see cref="Finish"/> it stays incomplete and fails its checks when read.</summary>
    public void Dispose()
    {
        finished = true;
        output.Dispose();
    }

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private void ValidateOrdinals(FieldInfo field, int valueCount, ReadOnlySpan<int> docStarts, ReadOnlySpan<int> ordinals)
    {
        if (docStarts.Length != maxDoc + 1 || docStarts[0] != 0 || docStarts[maxDoc] != ordinals.Length)
        {
            throw new ArgumentException($"Field '{field.Name}' needs {maxDoc + 1} document starts from 0 to {ordinals.Length}.", nameof(docStarts));
        }

        for (int doc = 0; doc < maxDoc; doc++)
        {
            int start = docStarts[doc];
            int end = docStarts[doc + 1];
            if (end < start)
            {
                throw new ArgumentException($"Document starts of field '{field.Name}' decrease at document {doc}.", nameof(docStarts));
            }

            for (int i = start; i < end; i++)
            {
                if ((uint)ordinals[i] >= (uint)valueCount || (i > start && ordinals[i] <= ordinals[i - 1]))
                {
                    throw new ArgumentException($"Ordinals of document {doc} in field '{field.Name}' are not ascending, unique and below {valueCount}.", nameof(ordinals));
                }
            }
        }
    }

    // Everything is checked before the first byte of a field is written, so a rejected call leaves the file intact.
    private void CheckField(FieldInfo field, DocValuesType type)
    {
        ArgumentNullException.ThrowIfNull(field);
        ObjectDisposedException.ThrowIf(finished, this);
        if (field.DocValues != type)
        {
            throw new ArgumentException($"Field '{field.Name}' has doc values of type {field.DocValues}, not {type}.", nameof(field));
        }

        if (written.Contains(field.Number))
        {
            throw new ArgumentException($"The doc values of field '{field.Name}' were already written.", nameof(field));
        }
    }

    private void StartField(FieldInfo field, byte kind)
    {
        written.Add(field.Number);
        output.WriteVInt32(field.Number + 1);
        output.WriteByte(kind);
    }

    private void WritePacked(ReadOnlySpan<int> values, int bits)
    {
        output.WriteByte((byte)bits);
        var packed = new PackedIntsWriter(output, bits);
        foreach (int value in values)
        {
            packed.Add((ulong)value);
        }

        packed.Finish();
    }
}
