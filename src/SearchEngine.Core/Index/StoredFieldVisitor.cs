namespace SearchEngine.Core.Index;

/// <summary>
/// Receives the stored fields of one document, in the order they were written, deciding per field whether to
/// decode it; so a caller needing only the id field decodes no text.
/// </summary>
/// <remarks>
/// The reader calls <see cref="NeedsField"/> before each field and, on <see cref="StoredFieldStatus.Yes"/>, the
/// method matching the field's value type. A field may occur several times in one document (multi-valued).
/// </remarks>
internal abstract class StoredFieldVisitor
{
    /// <summary>Decides whether the next field, <paramref name="field"/>, is decoded, skipped, or ends the visit.</summary>
    public abstract StoredFieldStatus NeedsField(FieldInfo field);

    /// <summary>Receives a stored string value.</summary>
    public virtual void StringField(FieldInfo field, string value)
    {
    }

    /// <summary>Receives a stored 64-bit integer value.</summary>
    public virtual void Int64Field(FieldInfo field, long value)
    {
    }
}
