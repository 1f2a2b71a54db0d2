using System.Collections;

namespace SearchEngine.Core.Documents;

/// <summary>A document to index: an ordered list of fields; a name may repeat (multi-valued fields).</summary>
internal sealed class Document : IReadOnlyList<Field>
{
    private readonly List<Field> fields = [];

    /// <summary>Gets the number of fields.</summary>
    public int Count => fields.Count;

    /// <summary>Gets the field at <paramref name="index"/>.</summary>
    public Field this[int index] => fields[index];

    /// <summary>Adds a field and returns this document, for chaining.</summary>
    public Document Add(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        fields.Add(field);
        return this;
    }

    /// <inheritdoc />
    public IEnumerator<Field> GetEnumerator() => fields.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
