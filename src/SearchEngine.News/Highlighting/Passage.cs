namespace SearchEngine.News.Highlighting;

/// <summary>
/// One excerpt of a highlighted text: its offsets in the original text, its score and the matches in it,
/// in text order and not overlapping.
/// </summary>
/// <param name="Start">The offset of the passage's first character in the original text.</param>
/// <param name="End">The offset just past the passage's last character.</param>
/// <param name="Score">How well the passage shows the query (higher is better; 0 for an unmatched opening).</param>
/// <param name="Matches">The marked stretches, each within <paramref name="Start"/> and <paramref name="End"/>.</param>
public sealed record Passage(int Start, int End, float Score, IReadOnlyList<MatchSpan> Matches);
