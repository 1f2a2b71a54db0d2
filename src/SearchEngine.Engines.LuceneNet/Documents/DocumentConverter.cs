using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Util;
using SearchEngine.Engines.LuceneNet.Analysis;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Documents;

/// <summary>
/// Turns the facade's <see cref="IndexDocument"/> into a Lucene document, after checking every field so that a bad
/// one is reported by name before Lucene sees any of them.
/// </summary>
/// <remarks>
/// Keyword: a StringField. Text: a TextField (positions, frequencies and norms, not stored) that the writer analyses
/// with the language declared for its name. Stored: a StoredField. Facet: a SortedSetDocValuesFacetField (multi-valued
/// dimension named after the field). Value: a BinaryDocValuesField (one per document). Numeric: an Int64Field for
/// ranges and a NumericDocValuesField for sorting (one per document).
/// </remarks>
internal sealed class DocumentConverter(FieldSchema schema)
{
    /// <summary>The largest term or doc-values entry Lucene keeps, in UTF-8 bytes.</summary>
    public const int MaxTermBytes = 32766;

    // Lucene's delimiter between a facet's dimension and label.
    private const char FacetDelimiter = '\u001F';

    /// <summary>Returns the Lucene document of <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentException">A field cannot be indexed; the message names it and why.</exception>
    public Document Convert(IndexDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<IndexField> fields = document.Fields;
        HashSet<(string, IndexFieldKind)>? singleValued = null;
        foreach (IndexField field in fields)
        {
            Check(field, ref singleValued);
        }

        var converted = new Document();
        bool hasFacets = false;
        foreach (IndexField field in fields)
        {
            schema.Declare(field);
            switch (field.Kind)
            {
                case IndexFieldKind.Keyword:
                    converted.Add(new StringField(field.Name, field.Value, Field.Store.NO));
                    break;
                case IndexFieldKind.Text:
                    converted.Add(new TextField(field.Name, field.Value, Field.Store.NO));
                    break;
                case IndexFieldKind.Stored:
                    converted.Add(new StoredField(field.Name, field.Value));
                    break;
                case IndexFieldKind.Facet:
                    converted.Add(new SortedSetDocValuesFacetField(field.Name, field.Value));
                    hasFacets = true;
                    break;
                case IndexFieldKind.Value:
                    converted.Add(new BinaryDocValuesField(field.Name, new BytesRef(field.Value)));
                    break;
                default:
                    converted.Add(new Int64Field(field.Name, field.Number, Field.Store.NO));
                    converted.Add(new NumericDocValuesField(field.Name, field.Number));
                    break;
            }
        }

        return hasFacets ? MultiValuedFacetsConfig.Instance.Build(converted) : converted;
    }

    private void Check(IndexField field, ref HashSet<(string, IndexFieldKind)>? singleValued)
    {
        if (string.IsNullOrEmpty(field.Name))
        {
            throw new ArgumentException($"A {field.Kind} field has no name.", nameof(field));
        }

        if (field.Value is null)
        {
            throw new ArgumentException($"The {field.Kind} field '{field.Name}' has no value.", nameof(field));
        }

        if (field.Name == FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
        {
            throw new ArgumentException($"The field name '{field.Name}' is reserved for the lucenenet engine's facets.", nameof(field));
        }

        switch (field.Kind)
        {
            case IndexFieldKind.Keyword:
                CheckLength(field, Encoding.UTF8.GetByteCount(field.Value), "a term");
                break;
            case IndexFieldKind.Text:
                if (!LanguageAnalyzers.IsKnown(field.Language))
                {
                    throw new ArgumentException(
                        $"The text field '{field.Name}' asks for the language '{field.Language}'; the lucenenet engine analyses 'da' and 'nl'.",
                        nameof(field));
                }

                break;
            case IndexFieldKind.Stored:
                break;
            case IndexFieldKind.Facet:
                CheckFacet(field);
                break;
            case IndexFieldKind.Value:
                CheckLength(field, Encoding.UTF8.GetByteCount(field.Value), "a value");
                CheckSingle(field, ref singleValued);
                break;
            case IndexFieldKind.Numeric:
                CheckSingle(field, ref singleValued);
                break;
            default:
                throw new ArgumentException($"The field '{field.Name}' has the unknown kind {field.Kind}.", nameof(field));
        }

        schema.Check(field);
    }

    private static void CheckFacet(IndexField field)
    {
        if (field.Name.Contains(FacetDelimiter, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The facet field name '{field.Name}' contains U+001F, Lucene's facet delimiter, which no facet name or label may contain.",
                nameof(field));
        }

        if (field.Value.Length == 0)
        {
            throw new ArgumentException($"The facet field '{field.Name}' has an empty value; Lucene's facets need a label of at least one character.", nameof(field));
        }

        int at = field.Value.IndexOf(FacetDelimiter, StringComparison.Ordinal);
        if (at >= 0)
        {
            throw new ArgumentException(
                $"The value of the facet field '{field.Name}' contains U+001F (Lucene's facet delimiter) at index {at}: '{field.Value}'.",
                nameof(field));
        }

        // Stored as one doc-values term "dim U+001F label" (a U+001E in the label is escaped to two).
        string path = FacetsConfig.PathToString(field.Name, [field.Value]);
        CheckLength(field, Encoding.UTF8.GetByteCount(path), "a facet entry (name, delimiter and value)");
    }

    private static void CheckLength(IndexField field, int bytes, string what)
    {
        if (bytes > MaxTermBytes)
        {
            string start = field.Value.Length > 40 ? field.Value[..40] + "..." : field.Value;
            throw new ArgumentException(
                $"The {field.Kind} field '{field.Name}' is {bytes} bytes in UTF-8 ('{start}'); Lucene keeps at most {MaxTermBytes} bytes in {what}.",
                nameof(field));
        }
    }

    private static void CheckSingle(IndexField field, ref HashSet<(string, IndexFieldKind)>? singleValued)
    {
        singleValued ??= [];
        if (!singleValued.Add((field.Name, field.Kind)))
        {
            throw new ArgumentException(
                $"The {field.Kind} field '{field.Name}' appears twice in one document; the lucenenet engine keeps one {field.Kind} per field and document.",
                nameof(field));
        }
    }
}
