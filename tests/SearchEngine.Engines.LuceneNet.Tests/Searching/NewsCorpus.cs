using System.Globalization;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Tests.Searching;

/// <summary>One article of the test corpus, as the facade would describe it.</summary>
internal sealed record TestArticle(string Id, string Language, string[] Persons, DateOnly? Date, string Body)
{
    public long? DateNumber => Date is { } date ? (date.Year * 10000L) + (date.Month * 100L) + date.Day : null;

    public string? Year => Date?.ToString("yyyy", CultureInfo.InvariantCulture);

    public string? Month => Date?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public IndexDocument ToDocument()
    {
        IndexDocument document = TestIndexes.WithId(Id).Keyword("lang", Language).Text("body_" + Language, Body, Language);
        foreach (string person in Persons)
        {
            document.Keyword("person", person).Facet("person", person).Stored("person", person);
        }

        if (Date is { } date)
        {
            string text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            document.Stored("date", text).Numeric("date", DateNumber!.Value).Value("date_text", text)
                .Facet("year", Year!).Facet("month", Month!);
        }

        return document;
    }
}

/// <summary>
/// A deterministic corpus of Danish and Dutch articles with persons (several per article, some none) and dates
/// (some missing), indexed in three commits with replaced documents, so the index has several segments and
/// deleted documents. <see cref="Live"/> is what every count is checked against.
/// </summary>
public sealed class NewsCorpus : IDisposable
{
    private static readonly string[] People = ["Anna Holm", "Bo Jensen", "Cees de Vries", "Dirk Bakker", "Eva Lund", "Ærø Øst"];
    private static readonly string[] DanishWords = ["hund", "kat", "regering", "valg", "skole", "fisk", "by", "bil"];
    private static readonly string[] DutchWords = ["hond", "kat", "regering", "verkiezing", "school", "fiets", "stad", "auto"];

    private readonly TempDirectory temp = new();

    public NewsCorpus()
    {
        var random = new Random(7);
        var live = new Dictionary<string, TestArticle>(StringComparer.Ordinal);
        Index = TestIndexes.Open(temp.Path);
        for (int batch = 0; batch < 3; batch++)
        {
            for (int i = 0; i < 40; i++)
            {
                // Later batches replace some earlier articles (deleted documents) and add new ones.
                int number = batch == 0 ? i : random.Next(0, 40 + (batch * 20));
                TestArticle article = Make("a" + number.ToString("D3", CultureInfo.InvariantCulture), random);
                live[article.Id] = article;
                Index.Update("id", article.Id, article.ToDocument());
            }

            Index.Commit();
        }

        Live = [.. live.Values.OrderBy(static a => a.Id, StringComparer.Ordinal)];
        Snapshot = Index.OpenSnapshot();
    }

    internal IReadOnlyList<TestArticle> Live { get; }

    internal IEngineIndex Index { get; }

    internal IEngineSnapshot Snapshot { get; }

    public void Dispose()
    {
        Snapshot.Dispose();
        Index.Dispose();
        temp.Dispose();
    }

    internal TestArticle Article(string id) => Live.Single(a => a.Id == id);

    private static TestArticle Make(string id, Random random)
    {
        string language = random.Next(3) == 0 ? "nl" : "da";
        string[] words = language == "da" ? DanishWords : DutchWords;
        string body = string.Join(' ', Enumerable.Range(0, random.Next(3, 12)).Select(_ => words[random.Next(words.Length)]));
        string[] persons = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => People[random.Next(People.Length)]).Distinct()];
        DateOnly? date = random.Next(5) == 0 ? null : new DateOnly(2022 + random.Next(3), 1 + random.Next(12), 1 + random.Next(28));
        return new TestArticle(id, language, persons, date, body);
    }
}
