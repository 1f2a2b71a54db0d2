namespace SearchEngine.Core.Facets;

/// <summary>One facet value and the number of documents that have it.</summary>
/// <param name="Label">The value, as indexed (e.g. <c>Poul Schlüter</c>, <c>2022-01</c>).</param>
/// <param name="Count">The number of counted documents with the value (a document counts once per distinct value).</param>
internal readonly record struct LabelAndCount(string Label, int Count);
