using System.Collections.Concurrent;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Documents;

/// <summary>
/// What each field name has been indexed as since the index was opened: its inverted kind (keyword, text or number),
/// its doc-values kind (value or number) and, for text, its language. Lucene would silently merge incompatible uses
/// of one name (a keyword drops a text field's positions and norms), so a conflicting use is rejected instead.
/// </summary>
internal sealed class FieldSchema
{
    private readonly ConcurrentDictionary<string, IndexFieldKind> inverted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IndexFieldKind> docValues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> languages = new(StringComparer.Ordinal);

    /// <summary>Returns the language declared for the text field <paramref name="field"/>, or null.</summary>
    public string? LanguageOf(string field) => languages.GetValueOrDefault(field);

    /// <summary>Throws when <paramref name="field"/> cannot be indexed as it asks, given what the name was used for before.</summary>
    /// <exception cref="ArgumentException">The use conflicts with an earlier one.</exception>
    public void Check(IndexField field)
    {
        if (InvertedKind(field.Kind) is { } kind && inverted.TryGetValue(field.Name, out IndexFieldKind earlier) && earlier != kind)
        {
            throw Conflict(field.Name, kind, earlier);
        }

        if (DocValuesKind(field.Kind) is { } values && docValues.TryGetValue(field.Name, out IndexFieldKind earlierValues) && earlierValues != values)
        {
            throw Conflict(field.Name, values, earlierValues);
        }

        if (field.Kind == IndexFieldKind.Text && languages.TryGetValue(field.Name, out string? language) && language != field.Language)
        {
            throw new ArgumentException(
                $"The text field '{field.Name}' is analysed in '{language}'; a document cannot index it in '{field.Language}' (use one field name per language).",
                nameof(field));
        }
    }

    /// <summary>Records the use of <paramref name="field"/>; throws when another thread recorded a conflicting one first.</summary>
    /// <exception cref="ArgumentException">The use conflicts with an earlier one.</exception>
    public void Declare(IndexField field)
    {
        if (InvertedKind(field.Kind) is { } kind && inverted.GetOrAdd(field.Name, kind) is var earlier && earlier != kind)
        {
            throw Conflict(field.Name, kind, earlier);
        }

        if (DocValuesKind(field.Kind) is { } values && docValues.GetOrAdd(field.Name, values) is var earlierValues && earlierValues != values)
        {
            throw Conflict(field.Name, values, earlierValues);
        }

        if (field.Kind == IndexFieldKind.Text)
        {
            string language = languages.GetOrAdd(field.Name, field.Language!);
            if (language != field.Language)
            {
                throw new ArgumentException(
                    $"The text field '{field.Name}' is analysed in '{language}'; a document cannot index it in '{field.Language}'.",
                    nameof(field));
            }
        }
    }

    // The kinds that make terms of the name in the inverted index (a number makes trie terms).
    private static IndexFieldKind? InvertedKind(IndexFieldKind kind) =>
        kind is IndexFieldKind.Keyword or IndexFieldKind.Text or IndexFieldKind.Numeric ? kind : null;

    // The kinds that give the name doc values (binary for a value, numeric for a number).
    private static IndexFieldKind? DocValuesKind(IndexFieldKind kind) =>
        kind is IndexFieldKind.Value or IndexFieldKind.Numeric ? kind : null;

    private static ArgumentException Conflict(string name, IndexFieldKind kind, IndexFieldKind earlier) =>
        new($"The field '{name}' cannot be indexed as {kind}: it is already indexed as {earlier} (the lucenenet engine keeps one of Keyword, Text and Numeric, and one of Value and Numeric, per field name).");
}
