using SearchEngine.News.Articles;

namespace SearchEngine.News.Tests.Search;

/// <summary>
/// Deterministic made-up articles in both languages from a few words, so that many share a score and a date (ties for
/// the article id to break); ids are numbered out of the order they are written in, so id order is not doc order.
/// </summary>
internal static class GeneratedArticles
{
    public static readonly string[] Persons = ["Anna Holm", "Bo Berg", "Cees Dam", "Dirk Vos"];

    private static readonly string[] Danish = ["skat", "regering", "valg", "politi", "skole", "hospital", "bank", "havn"];
    private static readonly string[] Dutch = ["belasting", "regering", "verkiezing", "politie", "school", "ziekenhuis", "bank", "haven"];

    /// <summary>Returns <paramref name="count"/> articles from number <paramref name="start"/> on, in <paramref name="language"/> or both (null).</summary>
    public static IEnumerable<Article> Make(int count, int start = 0, string? language = null, int seed = 16)
    {
        var random = new Random(seed + start);
        for (int i = start; i < start + count; i++)
        {
            string lang = language ?? (i % 3 == 2 ? "nl" : "da");
            string[] words = lang == "da" ? Danish : Dutch;
            string body = string.Join(' ', Enumerable.Range(0, random.Next(2, 7)).Select(_ => words[Skewed(random, words.Length)]));
            ArticleDate? date = (i % 10) switch
            {
                0 => null,
                1 => ArticleDate.Parse($"202{i % 3}-0{1 + (i % 6)}"),
                _ => ArticleDate.Parse($"202{i % 3}-0{1 + (i % 6)}-1{i % 4}"),
            };
            string[] persons = i % 4 == 0 ? [] : [Persons[random.Next(Persons.Length)]];
            yield return new Article(IdOf(i), lang, date, words[random.Next(words.Length)], body, persons, []);
        }
    }

    /// <summary>The id of article number <paramref name="i"/>: unique below 100,003, in an order unrelated to the number.</summary>
    public static string IdOf(int i) => $"g{(long)i * 7919 % 100_003:D6}";

    private static int Skewed(Random random, int length)
    {
        double u = random.NextDouble();
        return (int)(u * u * length);
    }
}
