namespace SearchEngine.Core.Documents;

/// <summary>A field name and an exact term value, as used to delete or update documents by id.</summary>
/// <param name="Field">The field name.</param>
/// <param name="Text">The term text, exactly as indexed (keyword fields are not analyzed).</param>
internal sealed record Term(string Field, string Text);
