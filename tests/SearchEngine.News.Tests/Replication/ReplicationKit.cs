using System.Globalization;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Replication;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Replication;

/// <summary>Writes test articles into an index folder and compares what two folders serve.</summary>
internal static class ReplicationKit
{
    /// <summary>The queries two folders holding the same commit must answer alike.</summary>
    public static readonly string[] Queries = ["regeringen", "skatten", "terugtrekking", "lang:nl", "person:\"Mette Frederiksen\"", string.Empty];

    /// <summary>Returns article <paramref name="number"/>: Danish or Dutch in turn, with a person on every third.</summary>
    public static Article Article(int number)
    {
        string id = string.Create(CultureInfo.InvariantCulture, $"a{number}");
        string[] persons = number % 3 == 0 ? ["Mette Frederiksen"] : [];
        return number % 2 == 0
            ? new Article(id, "da", ArticleDate.Parse("2022-01-11"), "Regeringen " + id, "Regeringen vil sænke skatten, siger artikel " + id + ".", persons, [])
            : new Article(id, "nl", ArticleDate.Parse("2022-02-03"), "Terugtrekking " + id, "De terugtrekking van de troepen begint, zegt artikel " + id + ".", persons, []);
    }

    /// <summary>
    /// Adds articles <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 in
    /// <paramref name="batches"/> batches, each by a writer of its own that commits and closes (keeping the merges
    /// its commits started), and deletes <paramref name="deletes"/> in the first batch.
    /// </summary>
    public static void WriteBatches(string folder, string engine, int first, int count, int batches, IReadOnlyList<int>? deletes = null)
    {
        int perBatch = (count + batches - 1) / batches;
        for (int batch = 0; batch < batches; batch++)
        {
            using NewsIndex writer = NewsIndex.Open(folder, new NewsIndexOptions { Engine = engine });
            if (batch == 0)
            {
                foreach (int number in deletes ?? [])
                {
                    writer.Delete(Article(number).Id);
                }
            }

            for (int number = first + (batch * perBatch); number < Math.Min(first + count, first + ((batch + 1) * perBatch)); number++)
            {
                writer.Add(Article(number));
            }

            writer.Commit();
        }
    }

    /// <summary>Returns every query's total and hit ids, one line each, as <paramref name="index"/> answers them.</summary>
    public static string Answers(NewsIndex index)
    {
        var lines = new List<string>();
        foreach (string query in Queries)
        {
            NewsSearchResponse response = index.Search(new NewsSearchRequest(query) { Size = 100, Highlight = false });
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{query}: {response.Total}: {string.Join(' ', response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal))}"));
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// Returns the names of the index files in <paramref name="folder"/> (both engines' names start with '_' or
    /// "segments"), sorted; Lucene 4.8's <c>segments.gen</c>, a hint at the latest generation that no commit names, is left out.
    /// </summary>
    public static List<string> IndexFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => (name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal)) && name != "segments.gen")
            .Order(StringComparer.Ordinal)];

    /// <summary>Returns the names of the files of <paramref name="manifest"/>, sorted.</summary>
    public static List<string> Names(NewsCommitManifest manifest) => [.. manifest.Files.Select(f => f.Name).Order(StringComparer.Ordinal)];

    /// <summary>Returns the files left by an install that did not finish (temporary names).</summary>
    public static List<string> Temporaries(string folder) => [.. Directory.EnumerateFiles(folder, "replica-tmp.*").Select(Path.GetFileName).OfType<string>()];

    /// <summary>Returns the files of <paramref name="next"/> that <paramref name="previous"/> lacks with the same length and SHA-256, sorted.</summary>
    public static List<string> Changed(NewsCommitManifest previous, NewsCommitManifest next) =>
        [.. next.Files.Where(f => previous.Find(f.Name) != f).Select(f => f.Name).Order(StringComparer.Ordinal)];
}
