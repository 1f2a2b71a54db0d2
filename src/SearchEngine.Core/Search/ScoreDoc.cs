namespace SearchEngine.Core.Search;

/// <summary>One hit: an index-wide doc id and its score.</summary>
/// <param name="Doc">The index-wide doc id (segment doc base + segment doc id).</param>
/// <param name="Score">The score.</param>
internal readonly record struct ScoreDoc(int Doc, float Score);
