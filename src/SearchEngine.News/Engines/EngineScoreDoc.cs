namespace SearchEngine.News.Engines;

/// <summary>One hit: its document number in the snapshot (0 to MaxDoc - 1) and its score.</summary>
/// <param name="Doc">The snapshot-wide document number; valid only in the snapshot that returned it.</param>
/// <param name="Score">The score (BM25; 1 for match-all; NaN when sorted by a field without scores).</param>
internal readonly record struct EngineScoreDoc(int Doc, float Score);
