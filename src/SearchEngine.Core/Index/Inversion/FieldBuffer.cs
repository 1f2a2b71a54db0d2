using SearchEngine.Core.Documents;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index.Inversion;

/// <summary>Everything a segment being built keeps for one field name: postings, norms and doc values.</summary>
internal sealed class FieldBuffer
{
    private readonly ByteSlicePool pool;
    private byte[] norms = [];
    private long[] numbers = [];
    private bool[] hasNumber = [];
    private Dictionary<string, int>? valueIds;
    private List<string>? values;
    private List<int>? docOrdinalStarts;
    private List<int>? docValueIds;

    /// <summary>Initializes the buffer of field <paramref name="name"/>, numbered <paramref name="number"/> in its segment.</summary>
    public FieldBuffer(string name, int number, ByteSlicePool pool)
    {
        Name = name;
        Number = number;
        this.pool = pool;
    }

    /// <summary>Gets the field name.</summary>
    public string Name { get; }

    /// <summary>Gets the field number in the segment.</summary>
    public int Number { get; }

    /// <summary>Gets the strongest index options any value of the field asked for.</summary>
    public IndexOptions IndexOptions { get; private set; }

    /// <summary>Gets a value indicating whether the field keeps a length norm (analyzed text).</summary>
    public bool HasNorms { get; private set; }

    /// <summary>Gets the field's doc values kind.</summary>
    public DocValuesType DocValues { get; private set; }

    /// <summary>Gets the in-memory postings, once the field is indexed.</summary>
    public FieldInverter? Inverter { get; private set; }


    /// <summary>Gets the last document that saw this field, to detect a second value in the same document.</summary>
    public int LastDoc { get; set; } = -1;

    /// <summary>Gets or sets the next position of the current document (positions continue across repeated values).</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the offset the next value of the current document starts at.</summary>
    public int OffsetBase { get; set; }

    /// <summary>Gets or sets the number of tokens of the current document (the norm's length).</summary>
    public int Length { get; set; }

    /// <summary>Gets the memory held by this field apart from the shared pool.</summary>
    public long BytesUsed => (Inverter?.BytesUsed ?? 0) + norms.Length + (numbers.Length * 9L) + ((docValueIds?.Count ?? 0) * 4L) + ((values?.Count ?? 0) * 64L);

    /// <summary>Returns the field's final description for the segment.</summary>
    public FieldInfo ToFieldInfo() => new(Name, Number, IndexOptions, HasNorms, DocValues);

    /// <summary>Widens the field's options to index a value of <paramref name="field"/>'s kind.</summary>
    public void Accept(Field field)
    {
        switch (field.Kind)
        {
            case FieldKind.Text:
                IndexOptions required = field.HasOffsets ? IndexOptions.DocsAndFreqsAndPositionsAndOffsets : IndexOptions.DocsAndFreqsAndPositions;
                if (Inverter is not null && IndexOptions != required)
                {
                    throw new ArgumentException($"Field '{Name}' is indexed as {IndexOptions} in this segment and cannot also be {required}; give every value of a field the same kind.");
                }

                IndexOptions = required;
                HasNorms = true;
                Inverter ??= new FieldInverter(pool, required);
                break;
            case FieldKind.Keyword:
                if (Inverter is not null && IndexOptions != IndexOptions.Docs)
                {
                    throw new ArgumentException($"Field '{Name}' is analyzed text in this segment and cannot also be a keyword.");
                }

                IndexOptions = IndexOptions.Docs;
                Inverter ??= new FieldInverter(pool, IndexOptions.Docs);
                break;
            case FieldKind.NumericDocValues:
                RequireDocValues(DocValuesType.Numeric);
                break;
            case FieldKind.SortedSetDocValues:
                RequireDocValues(DocValuesType.SortedSet);
                valueIds ??= new Dictionary<string, int>(StringComparer.Ordinal);
                values ??= [];
                docOrdinalStarts ??= [];
                docValueIds ??= [];
                break;
        }
    }

    /// <summary>Records the norm of <paramref name="docId"/>.</summary>
    public void SetNorm(int docId, byte norm)
    {
        EnsureLength(ref norms, docId + 1);
        norms[docId] = norm;
    }

    /// <summary>Returns the norms of documents 0..maxDoc-1 (0 for documents without the field).</summary>
    public byte[] Norms(int maxDoc)
    {
        EnsureLength(ref norms, maxDoc);
        return norms;
    }

    /// <summary>Records the numeric doc value of <paramref name="docId"/> (the last one given wins).</summary>
    public void SetNumber(int docId, long value)
    {
        EnsureLength(ref numbers, docId + 1);
        EnsureLength(ref hasNumber, docId + 1);
        numbers[docId] = value;
        hasNumber[docId] = true;
    }

    /// <summary>Returns the numeric doc values of documents 0..maxDoc-1 and the set of documents that have one.</summary>
    public (long[] Values, FixedBitSet DocsWithValue) Numbers(int maxDoc)
    {
        EnsureLength(ref numbers, maxDoc);
        EnsureLength(ref hasNumber, maxDoc);
        var docs = new FixedBitSet(maxDoc);
        for (int doc = 0; doc < maxDoc; doc++)
        {
            if (hasNumber[doc])
            {
                docs.Set(doc);
            }
        }

        return (numbers, docs);
    }

    /// <summary>Adds one sorted-set value to <paramref name="docId"/>.</summary>
    public void AddValue(int docId, string value)
    {
        while (docOrdinalStarts!.Count <= docId)
        {
            docOrdinalStarts.Add(docValueIds!.Count);
        }

        if (!valueIds!.TryGetValue(value, out int id))
        {
            id = values!.Count;
            valueIds.Add(value, id);
            values.Add(value);
        }

        docValueIds!.Add(id);
    }

    /// <summary>
    /// Returns the field's distinct values in ordinal order and, per document 0..maxDoc-1, its ordinals
    /// (ascending, without repeats) as a flat array with per-document start offsets (length maxDoc + 1).
    /// </summary>
    public (string[] SortedValues, int[] DocStarts, int[] Ordinals) SortedSet(int maxDoc)
    {
        string[] sorted = [.. values!];
        Array.Sort(sorted, StringComparer.Ordinal);
        int[] ordinalOfId = new int[sorted.Length];
        for (int ord = 0; ord < sorted.Length; ord++)
        {
            ordinalOfId[valueIds![sorted[ord]]] = ord;
        }

        int[] starts = new int[maxDoc + 1];
        var ordinals = new List<int>(docValueIds!.Count);
        for (int doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            int from = doc < docOrdinalStarts!.Count ? docOrdinalStarts[doc] : docValueIds.Count;
            int to = doc + 1 < docOrdinalStarts.Count ? docOrdinalStarts[doc + 1] : docValueIds.Count;
            int first = ordinals.Count;
            for (int i = from; i < to; i++)
            {
                ordinals.Add(ordinalOfId[docValueIds[i]]);
            }

            // Ascending, without repeats: a document listing a value twice counts once.
            ordinals.Sort(first, ordinals.Count - first, Comparer<int>.Default);
            int write = first;
            for (int i = first; i < ordinals.Count; i++)
            {
                if (i == first || ordinals[i] != ordinals[write - 1])
                {
                    ordinals[write++] = ordinals[i];
                }
            }

            ordinals.RemoveRange(write, ordinals.Count - write);
        }

        starts[maxDoc] = ordinals.Count;
        return (sorted, starts, [.. ordinals]);
    }

    private void RequireDocValues(DocValuesType type)
    {
        if (DocValues != DocValuesType.None && DocValues != type)
        {
            throw new ArgumentException($"Field '{Name}' has {DocValues} doc values in this segment and cannot also have {type} doc values.");
        }

        DocValues = type;
    }

    private static void EnsureLength<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }
}
