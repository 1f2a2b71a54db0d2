using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.Native;

/// <summary>Maps the facade's typed fields onto native fields: facets and hit values are both sorted-set doc values.</summary>
internal static class NativeDocuments
{
    public static Document ToDocument(IndexDocument source)
    {
        var document = new Document();
        foreach (IndexField field in source.Fields)
        {
            document.Add(field.Kind switch
            {
                IndexFieldKind.Keyword => Field.Keyword(field.Name, field.Value),
                IndexFieldKind.Text => Field.Text(field.Name, field.Value, AnalyzerRegistry.Get(field.Language ?? string.Empty), stored: false),
                IndexFieldKind.Stored => Field.Stored(field.Name, field.Value),
                IndexFieldKind.Facet or IndexFieldKind.Value => Field.SortedSetDocValues(field.Name, field.Value),
                IndexFieldKind.Numeric => Field.NumericDocValues(field.Name, field.Number),
                _ => throw new ArgumentException($"Unknown field kind {field.Kind} of '{field.Name}'.", nameof(source)),
            });
        }

        return document;
    }
}
