namespace SearchEngine.News.Highlighting;

/// <summary>
/// Scores passages as Lucene's UnifiedHighlighter PassageScorer does: BM25 over the passage, treating the text
/// as a small collection of documents <see cref="Pivot"/> characters long, plus a bonus for earlier passages.
/// </summary>
/// <remarks>
/// A passage scores the sum over the leaves it matches of <c>leafWeight * Weight(textLength, leafFrequency) *
/// Tf(matchesInPassage, passageLength)</c>, times <see cref="Norm"/> of its start. The leaf weight is the
/// caller's per-term weight (an idf from the index, or 1) times the query's boosts.
/// </remarks>
internal static class PassageScorer
{
    /// <summary>BM25's term frequency saturation.</summary>
    public const float K1 = 1.2f;

    /// <summary>BM25's length normalization strength.</summary>
    public const float B = 0.75f;

    /// <summary>The length, in characters, of an average passage, as Lucene assumes.</summary>
    public const float Pivot = 87f;

    /// <summary>Returns the in-text idf of a leaf occurring <paramref name="frequency"/> times in a text of <paramref name="textLength"/> characters.</summary>
    public static float Weight(int textLength, int frequency)
    {
        // The text approximates a collection of pivot-sized documents, so a leaf that occurs everywhere counts less.
        float documents = 1 + (textLength / Pivot);
        return (K1 + 1) * (float)Math.Log(1 + ((documents + 0.5d) / (frequency + 0.5d)));
    }

    /// <summary>Returns BM25's saturated term frequency of <paramref name="frequency"/> matches in a passage of <paramref name="passageLength"/> characters.</summary>
    public static float Tf(int frequency, int passageLength)
    {
        float norm = K1 * ((1 - B) + (B * (passageLength / Pivot)));
        return frequency / (frequency + norm);
    }

    /// <summary>Returns the bonus of a passage starting at <paramref name="start"/>: the opening of a text tends to summarize it.</summary>
    public static float Norm(int start) => 1 + (1 / (float)Math.Log(Pivot + start));
}
