using SearchEngine.Core.Documents;
using SearchEngine.Core.Search;
using static SearchEngine.Core.Tests.Search.PhraseTestIndex;

namespace SearchEngine.Core.Tests.Search;

public sealed class ExactPhraseMatcherTests
{
    [Theory]
    [InlineData("ram", 1)]
    [InlineData("fs", 2)]
    [InlineData("ram", 3)]
    public void RandomExactPhrasesFindTheStartPositionsABruteForceScanFinds(string kind, int seed)
    {
        var random = new Random(seed);
        string[] vocabulary = ["a", "b", "c", "d", "i", "og"];
        var documents = new List<Document>();
        var tokens = new List<List<(string Term, int Position)>>();
        for (int i = 0; i < 400; i++)
        {
            // One to three values; a value never ends on a stop word, whose trailing gap the writer does not keep.
            string[] values = new string[random.Next(1, 4)];
            var all = new List<(string Term, int Position)>();
            int basePosition = -1;
            for (int v = 0; v < values.Length; v++)
            {
                values[v] = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + " " + vocabulary[random.Next(4)];
                List<(string Term, int Position)> valueTokens = PhraseTestAnalyzer.Tokens(values[v]);
                all.AddRange(valueTokens.Select(t => (t.Term, basePosition + 1 + t.Position)));
                basePosition = all[^1].Position;
            }

            documents.Add(Doc($"d{i:D3}", values));
            tokens.Add(all);
        }

        using PhraseTestIndex index = Build(kind, documents, segmentSize: 90);
        for (int round = 0; round < 200; round++)
        {
            var phrase = new List<(string Term, int Position)>();
            int position = 0;
            for (int t = random.Next(2, 5); t > 0; t--)
            {
                phrase.Add((vocabulary[random.Next(4)], position));
                position += random.Next(4) == 0 ? 2 : 1;
            }

            var expected = new Dictionary<string, float>();
            for (int d = 0; d < tokens.Count; d++)
            {
                int starts = StartPositions(tokens[d], phrase);
                if (starts > 0)
                {
                    expected[$"d{d:D3}"] = starts;
                }
            }

            var query = new PhraseQuery("body", phrase);
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), index.Freqs(query).OrderBy(e => e.Key, StringComparer.Ordinal));
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), index.Ids(query));
        }
    }

    /// <summary>Counts the positions p where every phrase term occurs at p plus its offset.</summary>
    private static int StartPositions(List<(string Term, int Position)> document, List<(string Term, int Position)> phrase)
    {
        var present = document.ToHashSet();
        int count = 0;
        foreach ((string term, int start) in document)
        {
            if (term == phrase[0].Term && phrase.All(p => present.Contains((p.Term, start + p.Position))))
            {
                count++;
            }
        }

        return count;
    }
}
