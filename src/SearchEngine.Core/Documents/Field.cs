using SearchEngine.Analysis;

namespace SearchEngine.Core.Documents;

/// <summary>One named value of a document, with how it is indexed; create fields with the static factories.</summary>
internal sealed class Field
{
    private Field(string name, FieldKind kind, string? text, long number, Analyzer? analyzer, bool stored, bool offsets)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Kind = kind;
        StringValue = text;
        Number = number;
        Analyzer = analyzer;
        IsStored = stored;
        HasOffsets = offsets;
    }

    /// <summary>Gets the field name.</summary>
    public string Name { get; }

    /// <summary>Gets how the field is indexed.</summary>
    public FieldKind Kind { get; }

    /// <summary>Gets the string value (null for numeric fields).</summary>
    public string? StringValue { get; }

    /// <summary>Gets the numeric value (numeric doc values and numeric stored fields).</summary>
    public long Number { get; }

    /// <summary>Gets the analyzer of a text field.</summary>
    public Analyzer? Analyzer { get; }

    /// <summary>Gets a value indicating whether the value is stored for retrieval.</summary>
    public bool IsStored { get; }

    /// <summary>Gets a value indicating whether a text field's postings keep character offsets (for highlighting).</summary>
    public bool HasOffsets { get; }

    /// <summary>Creates an analyzed text field, stored unless told otherwise, with offsets in its postings.</summary>
    public static Field Text(string name, string value, Analyzer analyzer, bool stored = true, bool offsets = true)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(analyzer);
        return new Field(name, FieldKind.Text, value, 0, analyzer, stored, offsets);
    }

    /// <summary>Creates an exact-match field indexed as one term, optionally stored.</summary>
    public static Field Keyword(string name, string value, bool stored = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Field(name, FieldKind.Keyword, value, 0, null, stored, offsets: false);
    }

    /// <summary>Creates a stored-only string field.</summary>
    public static Field Stored(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Field(name, FieldKind.Stored, value, 0, null, stored: true, offsets: false);
    }

    /// <summary>Creates a stored-only numeric field.</summary>
    public static Field Stored(string name, long value) => new(name, FieldKind.Stored, null, value, null, stored: true, offsets: false);

    /// <summary>Creates a numeric doc values field (one per document and name).</summary>
    public static Field NumericDocValues(string name, long value) => new(name, FieldKind.NumericDocValues, null, value, null, stored: false, offsets: false);

    /// <summary>Creates one value of a sorted-set doc values field (repeat the name for several values).</summary>
    public static Field SortedSetDocValues(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Field(name, FieldKind.SortedSetDocValues, value, 0, null, stored: false, offsets: false);
    }
}
