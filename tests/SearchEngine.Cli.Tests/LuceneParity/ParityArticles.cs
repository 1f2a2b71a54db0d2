using System.Text.Json;
using SearchEngine.Analysis.LanguageDetection;

namespace SearchEngine.Cli.Tests.LuceneParity;

/// <summary>The texts of every shared corpus article and seed, grouped by language, for comparisons with Lucene.</summary>
internal static class ParityArticles
{
    /// <summary>Returns title + blank line + body of every article in ../shared/corpus/*.jsonl and ../shared/seeds/*.txt whose language is <paramref name="language"/>.</summary>
    /// <remarks>Corpus lines carry their language; the seeds carry none, so the language detector decides, as indexing does.</remarks>
    public static List<string> Load(string language)
    {
        string corpus = TestData.RequireShared("corpus");
        string seeds = TestData.RequireShared("seeds");
        var texts = new List<string>();
        foreach (string file in Directory.GetFiles(corpus, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using JsonDocument json = JsonDocument.Parse(line);
                JsonElement root = json.RootElement;
                if (root.GetProperty("lang").GetString() == language)
                {
                    texts.Add(root.GetProperty("title").GetString() + "\n\n" + root.GetProperty("body").GetString());
                }
            }
        }

        foreach (string file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file);
            if (LanguageDetector.Default.Detect(text).Language == language)
            {
                texts.Add(text);
            }
        }

        return texts;
    }
}
