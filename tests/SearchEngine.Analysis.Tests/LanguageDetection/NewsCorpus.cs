using System.Text.Json;

namespace SearchEngine.Analysis.Tests.LanguageDetection;

/// <summary>One labelled article of ../shared: where it came from, its gold language and its title + body.</summary>
internal sealed record LabelledArticle(string Id, string Language, string Text);

/// <summary>
/// Reads the shared test articles with their gold language: every line of corpus/*.jsonl and the two seeds.
/// The corpus is licensed for testing only, so it is read here and never copied into the repository.
/// </summary>
internal static class NewsCorpus
{
    /// <summary>Returns every corpus article (title + body), or skips the test when ../shared/corpus is absent.</summary>
    public static IReadOnlyList<LabelledArticle> Articles()
    {
        string directory = TestData.RequireShared("corpus");
        var articles = new List<LabelledArticle>();
        foreach (string path in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            int lineNumber = 0;
            foreach (string line in File.ReadLines(path))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using JsonDocument document = JsonDocument.Parse(line);
                JsonElement root = document.RootElement;
                string id = root.TryGetProperty("id", out JsonElement idElement) ? idElement.GetString() ?? string.Empty : string.Empty;
                articles.Add(new LabelledArticle(
                    $"{Path.GetFileName(path)}:{lineNumber} {id}",
                    root.GetProperty("lang").GetString()!,
                    root.GetProperty("title").GetString() + "\n" + root.GetProperty("body").GetString()));
            }
        }

        Assert.True(articles.Count > 0, $"No articles in {directory}.");
        return articles;
    }

    /// <summary>
    /// Returns the two seed articles (000_* is Danish, 002_* Dutch) without their leading "date YYYY-MM"
    /// token, or skips the test when ../shared/seeds is absent.
    /// </summary>
    public static IReadOnlyList<LabelledArticle> Seeds()
    {
        string directory = TestData.RequireShared("seeds");
        var seeds = new List<LabelledArticle>();
        foreach ((string prefix, string language) in new[] { ("000_", "da"), ("002_", "nl") })
        {
            string path = Directory.EnumerateFiles(directory, prefix + "*.txt").Single();
            string text = File.ReadAllText(path).TrimStart();
            Assert.StartsWith("date ", text);

            // Drop "date" and the date itself; the lead paragraph may follow on the same line.
            string[] parts = text.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
            seeds.Add(new LabelledArticle(Path.GetFileName(path), language, parts.Length == 3 ? parts[2] : string.Empty));
        }

        return seeds;
    }

    /// <summary>
    /// Cuts snippets of <paramref name="wordCount"/> consecutive words from each article, starting every
    /// <paramref name="stride"/> words. A word here is a whitespace-separated token holding a letter: bare
    /// numbers and punctuation (result tables, "6 - 3,") carry no language, so a snippet of them would be a
    /// coin toss for any detector.
    /// </summary>
    public static IEnumerable<(LabelledArticle Article, string Snippet)> Snippets(IEnumerable<LabelledArticle> articles, int wordCount, int stride)
    {
        foreach (LabelledArticle article in articles)
        {
            string[] words = [.. article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter))];
            for (int start = 0; start + wordCount <= words.Length; start += stride)
            {
                yield return (article, string.Join(' ', words, start, wordCount));
            }
        }
    }

    /// <summary>Counts an article's words in the sense of <see cref="Snippets"/>.</summary>
    public static int WordCount(LabelledArticle article) =>
        article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
}
