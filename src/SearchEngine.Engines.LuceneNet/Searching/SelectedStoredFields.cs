using System.Globalization;
using Lucene.Net.Index;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>Reads the stored fields of one document whose names are in a set, in the order they were stored.</summary>
internal sealed class SelectedStoredFields(IReadOnlySet<string> fields) : StoredFieldVisitor
{
    /// <summary>Gets the values read, in stored order.</summary>
    public List<KeyValuePair<string, string>> Values { get; } = [];

    /// <inheritdoc/>
    public override Status NeedsField(FieldInfo fieldInfo)
    {
        ArgumentNullException.ThrowIfNull(fieldInfo);
        return fields.Contains(fieldInfo.Name) ? Status.YES : Status.NO;
    }

    /// <inheritdoc/>
    public override void StringField(FieldInfo fieldInfo, string value)
    {
        ArgumentNullException.ThrowIfNull(fieldInfo);
        Values.Add(new KeyValuePair<string, string>(fieldInfo.Name, value));
    }

    /// <inheritdoc/>
    public override void Int32Field(FieldInfo fieldInfo, int value) => Add(fieldInfo, value.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public override void Int64Field(FieldInfo fieldInfo, long value) => Add(fieldInfo, value.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public override void SingleField(FieldInfo fieldInfo, float value) => Add(fieldInfo, value.ToString("R", CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public override void DoubleField(FieldInfo fieldInfo, double value) => Add(fieldInfo, value.ToString("R", CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public override void BinaryField(FieldInfo fieldInfo, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Add(fieldInfo, Convert.ToBase64String(value));
    }

    private void Add(FieldInfo fieldInfo, string value)
    {
        ArgumentNullException.ThrowIfNull(fieldInfo);
        Values.Add(new KeyValuePair<string, string>(fieldInfo.Name, value));
    }
}
