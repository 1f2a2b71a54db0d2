namespace SearchEngine.News.Entities;

/// <summary>One person or organization of an article: the canonical value facets count, how the text wrote it, and its other known spellings.</summary>
/// <param name="Value">The canonical value (a listed name's canonical form, else the fullest form in the text, genitive removed).</param>
/// <param name="Mentions">Each distinct form the text used, in order of first use (<c>Kasym-Jomart Tokajev</c>, <c>Tokajev</c>, <c>Tokajevs</c>).</param>
/// <param name="Aliases">Every other spelling that means this entity (the mentions and listed variants other than <paramref name="Value"/>); filters and facet value search match them too.</param>
public sealed record EntityValue(string Value, IReadOnlyList<string> Mentions, IReadOnlyList<string> Aliases);
