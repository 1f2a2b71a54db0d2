using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary>Writes JSONL files of generated Danish and Dutch articles with known ids, for indexing tests.</summary>
internal static class SyntheticArticles
{
    private static readonly string[] DanishWords =
        ["regeringen", "styrker", "tilbagetrækning", "præsident", "landet", "kroner", "skatten", "borgerne", "valget", "partiet", "ministeren", "aftale", "forhandlinger", "kommunen", "sygehuse"];

    private static readonly string[] DutchWords =
        ["regering", "troepen", "terugtrekking", "president", "land", "euro", "belasting", "burgers", "verkiezingen", "partij", "minister", "akkoord", "onderhandelingen", "gemeente", "ziekenhuizen"];

    private static readonly string[] Persons = ["Kasym-Jomart Tokajev", "Alikhan Smailov", "Mette Frederiksen", "Mark Rutte", "Vladimir Poetin"];

    /// <summary>Writes <paramref name="count"/> articles with ids PREFIX-0..PREFIX-(count-1) to <paramref name="path"/>.</summary>
    public static void Write(string path, string prefix, int count, int seed, int bodyWords = 120)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (int i = 0; i < count; i++)
        {
            bool danish = random.Next(2) == 0;
            string[] words = danish ? DanishWords : DutchWords;
            var body = new StringBuilder();
            for (int w = 0; w < bodyWords; w++)
            {
                body.Append(words[random.Next(words.Length)]).Append(w % 12 == 11 ? ". " : " ");
            }

            var article = new Dictionary<string, object>
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}"),
                ["lang"] = danish ? "da" : "nl",
                ["date"] = string.Create(CultureInfo.InvariantCulture, $"{2021 + random.Next(3)}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}"),
                ["title"] = words[random.Next(words.Length)] + " " + words[random.Next(words.Length)],
                ["body"] = body.ToString(),
                ["persons"] = new[] { Persons[random.Next(Persons.Length)] },
                ["organizations"] = new[] { danish ? "Folketinget" : "Tweede Kamer" },
            };
            writer.WriteLine(JsonSerializer.Serialize(article));
        }
    }

    /// <summary>Returns the ids PREFIX-0..PREFIX-(count-1).</summary>
    public static IEnumerable<string> Ids(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}"));
}
