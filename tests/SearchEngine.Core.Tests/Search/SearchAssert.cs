using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Search;

/// <summary>Compares search results with the brute-force evaluator's and with each other.</summary>
internal static class SearchAssert
{
    /// <summary>
    /// Asserts that <paramref name="actual"/> holds exactly the expected documents, each scored within 1e-5
    /// relative of the expected score, in (score descending, doc ascending) order of its own scores; near-equal
    /// scores may round either way, so the order is checked on the engine's scores.
    /// </summary>
    public static void MatchesOracle(List<ScoreDoc> expected, TopDocs actual, Query query)
    {
        string context = $"query {query}";
        Assert.True(expected.Count == actual.ScoreDocs.Count, $"{context}: expected {expected.Count} hits, got {actual.ScoreDocs.Count}");
        Assert.Equal(expected.Count, actual.TotalHits);
        Assert.Equal(TotalHitsRelation.EqualTo, actual.TotalHitsRelation);
        var expectedScores = new Dictionary<int, float>();
        foreach (ScoreDoc hit in expected)
        {
            expectedScores[hit.Doc] = hit.Score;
        }

        for (int i = 0; i < actual.ScoreDocs.Count; i++)
        {
            ScoreDoc hit = actual.ScoreDocs[i];
            Assert.True(expectedScores.TryGetValue(hit.Doc, out float score), $"{context}: doc {hit.Doc} should not match");
            Assert.True(Math.Abs(hit.Score - score) <= (1e-5 * Math.Abs(score)) + 1e-12, $"{context}: doc {hit.Doc} scored {hit.Score:R}, expected {score:R}");
            if (i > 0)
            {
                ScoreDoc previous = actual.ScoreDocs[i - 1];
                Assert.True(previous.Score > hit.Score || (previous.Score == hit.Score && previous.Doc < hit.Doc), $"{context}: hits {i - 1} and {i} out of order");
            }
        }
    }

    /// <summary>Asserts the same documents with bit-identical scores in the same order.</summary>
    public static void SameHits(IReadOnlyList<ScoreDoc> expected, IReadOnlyList<ScoreDoc> actual, string context)
    {
        Assert.True(expected.Count == actual.Count, $"{context}: expected {expected.Count} hits, got {actual.Count}");
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] == actual[i], $"{context}: hit {i} is {actual[i]}, expected {expected[i]}");
        }
    }
}
