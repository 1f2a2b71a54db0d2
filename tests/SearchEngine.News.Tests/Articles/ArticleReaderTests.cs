using System.Diagnostics;
using System.Text.Json;

using SearchEngine.News.Articles;

namespace SearchEngine.News.Tests.Articles;

public sealed class ArticleReaderTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void ADirectoryIsReadRecursivelyInOrdinalPathOrder()
    {
        // Written out of order, with upper case (sorting before lower case) and a file beside a folder of its name.
        directory.Write("z.jsonl", Line("z1") + Line("z2"));
        directory.Write("b/x.jsonl", Line("x"));
        directory.Write("a/deeper/d.jsonl", Line("d"));
        directory.Write("a/c.txt", "date 2022-01 Titel\n\nTekst.");
        directory.Write("a.txt", "date 2022-01 Titel\n\nTekst.");
        directory.Write("B.TXT", "date 2022-01 Titel\n\nTekst.");
        directory.Write("notes.md", "date 2022-01 not an article\n\nText.");
        directory.Write("a/data.json", Line("json"));

        Assert.Equal(["B", "a", "c", "d", "x", "z1", "z2"], ArticleReader.Read(directory.Path).Select(result => result.Article!.Id));
        Assert.Equal(
            ["B.TXT", "a.txt", "a/c.txt", "a/deeper/d.jsonl", "b/x.jsonl", "z.jsonl"],
            ArticleReader.ListFiles(directory.Path).Select(path => Path.GetRelativePath(directory.Path, path).Replace('\\', '/')));
    }

    [Fact]
    public void EveryByteOfEveryFileReadIsReportedOnce()
    {
        directory.Write("a.jsonl", Line("a1") + "{bad\n" + Line("a2"));
        directory.Write("b.txt", "date 2022-01 Titel\n\nTekst med æ og ø.");
        long reported = 0;

        int records = ArticleReader.Read(directory.Path, new ArticleReaderOptions { OnBytesRead = bytes => reported += bytes }).Count();

        Assert.Equal(4, records);
        Assert.Equal(ArticleReader.ListFiles(directory.Path).Sum(file => new FileInfo(file).Length), reported);
    }

    [Fact]
    public void AStreamIsReadAsJsonLinesAndNamedInItsErrors()
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Line("s1") + "{bad\n" + Line("s2")));

        List<ArticleReadResult> records = [.. ArticleReader.Read(input, "stdin")];

        Assert.Equal(["s1", "s2"], records.Where(r => r.IsArticle).Select(r => r.Article!.Id));
        Assert.Equal("stdin", records.Single(r => !r.IsArticle).Error!.Path);
        Assert.Equal(2, records.Single(r => !r.IsArticle).Error!.Line);
    }

    [Fact]
    public void SeveralPathsAreReadInTheOrderGiven()
    {
        string second = directory.Write("1.jsonl", Line("second"));
        string first = directory.Write("2/2.jsonl", Line("first"));

        Assert.Equal(["first", "second"], ArticleReader.Read([Path.GetDirectoryName(first)!, second]).Select(result => result.Article!.Id));
    }

    [Fact]
    public void ErrorsInOneFileDoNotStopTheNextAndStrictModeStopsAtTheFirst()
    {
        string bad = directory.Write("a.jsonl", Line("a1") + "{\n" + Line("a2"));
        directory.Write("b.txt", "no date\n\nTekst.");
        directory.Write("c.jsonl", Line("c"));

        ArticleReadResult[] results = [.. ArticleReader.Read(directory.Path)];
        ArticleFormatException exception = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(directory.Path, new ArticleReaderOptions { Strict = true }).ToList());

        Assert.Equal(["a1", null, "a2", null, "c"], results.Select(result => result.Article?.Id));
        Assert.Equal(["a.jsonl:2", "b.txt:1"], results.Where(result => !result.IsArticle).Select(result => $"{Path.GetFileName(result.Error!.Path)}:{result.Error.Line}"));
        Assert.StartsWith($"{bad}:2: bad JSON: ", exception.Message);
    }

    [Fact]
    public void AMissingPathOrAnUnknownFileTypeFailsAtOnce()
    {
        string other = directory.Write("a.csv", "id,body");

        Assert.Throws<FileNotFoundException>(() => ArticleReader.Read(Path.Combine(directory.Path, "missing")));
        Assert.Throws<ArgumentException>(() => ArticleReader.Read(other));
    }

    [Fact]
    public void TheSharedCorpusReadsWithoutErrorsAndWithTheLanguagesGiven()
    {
        string corpus = TestData.RequireShared("corpus");

        var stopwatch = Stopwatch.StartNew();
        ArticleReadResult[] results = [.. ArticleReader.Read(corpus, new ArticleReaderOptions { Strict = true })];
        stopwatch.Stop();
        output.WriteLine($"{results.Length} articles in {stopwatch.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal(1_904, results.Length);
        Article[] articles = [.. results.Select(result => result.Article!)];
        Assert.Equal(GivenLanguages(corpus), articles.ToDictionary(article => article.Id, article => article.Language));
        Assert.All(articles, article => Assert.True(article.HasGivenPersons && article.HasGivenOrganizations));

        Article first = articles.Single(article => article.Id == "ddt-0001");
        Assert.Equal(("Jeltsins skæbnetime", "1992-12-01"), (first.Title, first.Date.ToString()));
        Assert.StartsWith("To kendte russiske historikere", first.Body);
        Assert.Equal(237, articles.Count(article => article.Date is null));
    }

    private static string Line(string id) =>
        $$"""{"id": "{{id}}", "lang": "da", "body": "Tekst."}""" + "\n";

    // The reference the reader is checked against: every line's id and lang as a general JSON parser sees them.
    private static Dictionary<string, string> GivenLanguages(string corpus)
    {
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(corpus, "*.jsonl"))
        {
            foreach (string line in File.ReadLines(path).Where(line => line.Length > 0))
            {
                using JsonDocument document = JsonDocument.Parse(line);
                languages.Add(document.RootElement.GetProperty("id").GetString()!, document.RootElement.GetProperty("lang").GetString()!);
            }
        }

        return languages;
    }
}
