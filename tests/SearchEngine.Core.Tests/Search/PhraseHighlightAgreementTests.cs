using SearchEngine.Core.Search;
using SearchEngine.News.Highlighting;
using Q = SearchEngine.News.Querying;

namespace SearchEngine.Core.Tests.Search;

/// <summary>
/// The facade's highlighter marks a phrase exactly where the native engine's phrase matching finds it: both follow
/// Lucene's exact and sloppy phrase rules, written twice (one over postings, one over re-analysed text).
/// </summary>
public sealed class PhraseHighlightAgreementTests
{
    private const string Field = "body";

    private static readonly PassageHighlighter Highlighter = new(PhraseTestAnalyzer.Instance);

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void ASloppyPhraseMarksSomethingExactlyWhenTheSearcherFindsTheDocument(int seed)
    {
        var random = new Random(seed);
        string[] vocabulary = ["a", "b", "c", "d", "x", "i"];
        var texts = new List<string>();
        for (int i = 0; i < 300; i++)
        {
            texts.Add(string.Join(' ', Enumerable.Range(0, random.Next(1, 14)).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
        }

        using PhraseTestIndex index = PhraseTestIndex.Build("ram", texts.Select((t, i) => PhraseTestIndex.Doc($"d{i:D3}", t)));
        for (int round = 0; round < 60; round++)
        {
            int length = random.Next(2, 4);
            var terms = new List<(string Term, int Position)>();
            for (int i = 0, position = 0; i < length; i++, position += random.Next(1, 3))
            {
                terms.Add((vocabulary[random.Next(4)], position));
            }

            var query = new Q.PhraseQuery(Field, [.. terms.Select(t => new Q.PhraseTerm(t.Term, t.Position))], random.Next(0, 5));
            HashSet<string> found = [.. index.Ids(new PhraseQuery(Field, terms, query.Slop))];
            for (int i = 0; i < texts.Count; i++)
            {
                HighlightedText highlighted = Highlighter.Highlight(query, Field, texts[i]);
                Assert.True(found.Contains($"d{i:D3}") == highlighted.Matched, $"{query} over \"{texts[i]}\": searcher {found.Contains($"d{i:D3}")}");
                foreach (string mark in highlighted.Passages.SelectMany(p => p.Matches).Select(m => highlighted.Text[m.Start..m.End]))
                {
                    // A mark starts and ends on a phrase word; between them lie only stop words, or (exact phrases) the gap's words.
                    string[] words = mark.Split(' ');
                    Assert.Contains(words[0], terms.Select(t => t.Term));
                    Assert.Contains(words[^1], terms.Select(t => t.Term));
                    Assert.True(query.Slop == 0 || words.All(w => w == "i" || terms.Any(t => t.Term == w)), $"{query} marked \"{mark}\" in \"{texts[i]}\"");
                }
            }
        }
    }
}
