namespace SearchEngine.News.Engines;

/// <summary>One field of a document to index; a field name may repeat (several persons), and one name may carry several kinds.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Kind">What the engine does with it.</param>
/// <param name="Value">The text (empty for <see cref="IndexFieldKind.Numeric"/>).</param>
/// <param name="Number">The number of a <see cref="IndexFieldKind.Numeric"/> field.</param>
/// <param name="Language">The analysis language of a <see cref="IndexFieldKind.Text"/> field (<c>da</c>, <c>nl</c>).</param>
internal readonly record struct IndexField(string Name, IndexFieldKind Kind, string Value, long Number = 0, string? Language = null);
