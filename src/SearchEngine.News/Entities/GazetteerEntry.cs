namespace SearchEngine.News.Entities;

/// <summary>A well-known person or organization: the value facets show, and the other spellings that mean it.</summary>
/// <param name="Canonical">The facet value.</param>
/// <param name="Variants">Every other listed spelling (long names, acronyms, transliterations).</param>
internal sealed record GazetteerEntry(string Canonical, IReadOnlyList<string> Variants);
