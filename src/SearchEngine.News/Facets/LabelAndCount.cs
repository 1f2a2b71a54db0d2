namespace SearchEngine.News.Facets;

/// <summary>A facet value and the number of articles that have it.</summary>
/// <param name="Label">The value.</param>
/// <param name="Count">The number of articles.</param>
public readonly record struct LabelAndCount(string Label, int Count);
