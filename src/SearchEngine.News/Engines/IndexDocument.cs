namespace SearchEngine.News.Engines;

/// <summary>A document as the facade's schema describes it to an engine: a list of typed fields (see <see cref="IndexFieldKind"/>).</summary>
internal sealed class IndexDocument
{
    private readonly List<IndexField> fields = [];

    /// <summary>Gets the fields in the order they were added.</summary>
    public IReadOnlyList<IndexField> Fields => fields;

    /// <summary>Adds an exact term; returns this document.</summary>
    public IndexDocument Keyword(string name, string value) => Add(new IndexField(name, IndexFieldKind.Keyword, value));

    /// <summary>Adds text analysed in <paramref name="language"/>; returns this document.</summary>
    public IndexDocument Text(string name, string value, string language) => Add(new IndexField(name, IndexFieldKind.Text, value, Language: language));

    /// <summary>Adds a stored value; returns this document.</summary>
    public IndexDocument Stored(string name, string value) => Add(new IndexField(name, IndexFieldKind.Stored, value));

    /// <summary>Adds a countable facet value; returns this document.</summary>
    public IndexDocument Facet(string name, string value) => Add(new IndexField(name, IndexFieldKind.Facet, value));

    /// <summary>Adds a value loaded with hits; returns this document.</summary>
    public IndexDocument Value(string name, string value) => Add(new IndexField(name, IndexFieldKind.Value, value));

    /// <summary>Adds a number for ranges and sorting; returns this document.</summary>
    public IndexDocument Numeric(string name, long number) => Add(new IndexField(name, IndexFieldKind.Numeric, string.Empty, number));

    private IndexDocument Add(IndexField field)
    {
        ArgumentException.ThrowIfNullOrEmpty(field.Name);
        ArgumentNullException.ThrowIfNull(field.Value);
        fields.Add(field);
        return this;
    }
}
