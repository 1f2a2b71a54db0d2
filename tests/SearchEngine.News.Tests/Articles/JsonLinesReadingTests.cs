using System.Text;

using SearchEngine.News.Articles;

namespace SearchEngine.News.Tests.Articles;

public sealed class JsonLinesReadingTests : IDisposable
{
    private const string Danish = "Regeringen har i dag fremlagt et nyt forslag om skat, og det er ikke alle partier der er glade for det.";
    private const string Dutch = "De regering heeft vandaag een nieuw voorstel over de belastingen gepresenteerd, en niet alle partijen zijn daar blij mee.";
    private const string GoodFirst = """{"id": "first", "lang": "da", "date": "2022-01-11", "title": "Første", "body": "Tekst et."}""";
    private const string GoodLast = """{"id": "last", "lang": "nl", "date": null, "title": "Laatste", "body": "Tekst twee."}""";

    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void EveryFieldOfALineIsRead()
    {
        string path = directory.Write("a.jsonl", """
            {"id": "ddt-1", "lang": "da", "date": "1992-12", "title": "Jeltsins skæbnetime", "body": "To \"kendte\" historikere.\n\nAndet afsnit.", "persons": ["Boris Jeltsin"], "organizations": ["Folkekongressen"], "source": "x"}
            """);

        Article article = Assert.Single(ArticleReader.Read(path)).Article!;

        Assert.Equal("ddt-1", article.Id);
        Assert.Equal("da", article.Language);
        Assert.Equal(ArticleDate.Parse("1992-12"), article.Date);
        Assert.Equal("Jeltsins skæbnetime", article.Title);
        Assert.Equal("To \"kendte\" historikere.\n\nAndet afsnit.", article.Body);
        Assert.Equal(["Boris Jeltsin"], article.Persons);
        Assert.Equal(["Folkekongressen"], article.Organizations);
    }

    [Fact]
    public void MissingOrNullLanguageIsDetectedFromTitleAndBody()
    {
        string path = directory.Write("a.jsonl", $$"""
            {"id": "da", "title": "", "body": "{{Danish}}"}
            {"id": "nl", "lang": null, "title": "", "body": "{{Dutch}}"}
            """);

        Assert.Equal(["da", "nl"], ArticleReader.Read(path).Select(result => result.Article!.Language));
    }

    [Fact]
    public void MissingEntityListsAreAbsentWhileGivenOnesAreKeptCleaned()
    {
        string path = directory.Write("a.jsonl", """
            {"id": "absent", "lang": "da", "body": "b"}
            {"id": "null", "lang": "da", "body": "b", "persons": null, "organizations": null}
            {"id": "empty", "lang": "da", "body": "b", "persons": [], "organizations": []}
            {"id": "given", "lang": "da", "body": "b", "persons": [" Anna ", "", "Bo", "Anna", null, "anna"], "organizations": ["DR"]}
            """);

        Article[] articles = [.. ArticleReader.Read(path).Select(result => result.Article!)];

        Assert.Equal([false, false, true, true], articles.Select(article => article.HasGivenPersons));
        Assert.Equal([false, false, true, true], articles.Select(article => article.HasGivenOrganizations));
        Assert.All(articles[..3], article => Assert.Empty(article.Persons));
        Assert.Equal(["Anna", "Bo", "anna"], articles[3].Persons);
        Assert.Equal(["DR"], articles[3].Organizations);
    }

    [Fact]
    public void UnknownKeysOfAnyShapeAreIgnoredAndTitleAndDateMayBeMissing()
    {
        string path = directory.Write("a.jsonl", """
            {"meta": {"a": [1, {"b": [true, null]}], "c": "d"}, "id": "x", "lang": "nl", "body": "Tekst", "n": 1.5e3, "tags": ["a"]}
            """);

        Article article = Assert.Single(ArticleReader.Read(path)).Article!;

        Assert.Equal(("x", string.Empty, null), (article.Id, article.Title, article.Date));
    }

    [Fact]
    public void BlankLinesAreSkippedSilentlyButStillCounted()
    {
        string path = directory.Write("a.jsonl", $"\n  \t\n{GoodFirst}\n\n{{\"id\": \"bad\"}}\n\n");

        ArticleReadResult[] results = [.. ArticleReader.Read(path)];

        Assert.Equal(2, results.Length);
        Assert.Equal("first", results[0].Article!.Id);
        Assert.Equal(new ArticleError(path, 5, "missing body"), results[1].Error);
    }

    public static TheoryData<string, string> MalformedLines() => new()
    {
        { """{"id": "x", "lang": "da", "date": "2022-13", "body": "b"}""", "bad date '2022-13': month must be 01-12" },
        { """{"id": "x", "lang": "da", "date": "2022-02-30", "body": "b"}""", "bad date '2022-02-30': day must be 01-28 in 2022-02" },
        { """{"id": "x", "lang": "da", "date": "", "body": "b"}""", "bad date '': expected YYYY, YYYY-MM or YYYY-MM-DD" },
        { """{"id": "x", "lang": "da", "date": 2022, "body": "b"}""", "'date' must be a string or null, found a number" },
        { """{"lang": "da", "body": "b"}""", "missing id" },
        { """{"id": null, "lang": "da", "body": "b"}""", "missing id" },
        { """{"id": " ", "lang": "da", "body": "b"}""", "empty id" },
        { """{"id": 7, "lang": "da", "body": "b"}""", "'id' must be a string or null, found a number" },
        { """{"id": "x", "lang": "da", "title": "t"}""", "missing body" },
        { """{"id": "x", "lang": "da", "body": " \n\t "}""", "empty body" },
        { """{"id": "x", "lang": "da", "body": ["b"]}""", "'body' must be a string or null, found an array" },
        { """{"id": "x", "lang": "da", "title": {}, "body": "b"}""", "'title' must be a string or null, found an object" },
        { """{"id": "x", "lang": "de", "body": "b"}""", "unknown language 'de' (expected da or nl)" },
        { """{"id": "x", "lang": "DA", "body": "b"}""", "unknown language 'DA' (expected da or nl)" },
        { """{"id": "x", "lang": true, "body": "b"}""", "'lang' must be a string or null, found a boolean" },
        { """{"id": "x", "lang": "da", "body": "b", "persons": "Anna"}""", "'persons' must be an array of strings or null, found a string" },
        { """{"id": "x", "lang": "da", "body": "b", "organizations": ["DR", 1]}""", "'organizations' must be an array of strings or null, found a number in it" },
        { """[{"id": "x", "lang": "da", "body": "b"}]""", "bad JSON: expected an object, found an array" },
        { "\"text\"", "bad JSON: expected an object, found a string" },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void AMalformedLineIsReportedWithItsLineAndTheLinesAroundItStillComeThrough(string line, string message)
    {
        ArticleReadResult[] results = ReadBetweenGoodLines(line, out string path);

        Assert.Equal(new ArticleError(path, 3, message), results[1].Error);
    }

    [Theory]
    [InlineData("""{"id": "x", "lang": "da", "body": "b""")]
    [InlineData("""{"id": "x", "lang": "da", "body": "b", "n": 1""")]
    [InlineData("""{"id": "x", "lang": "da", "body": "b",}""")]
    [InlineData("""{"id": "x", "lang": "da", "body": "b"} {"id": "y"}""")]
    [InlineData("""{"id": "x", "lang": "da", "body": "b"} x""")]
    [InlineData("""{"id": "x", /* c */ "lang": "da", "body": "b"}""")]
    [InlineData("""{id: "x", "lang": "da", "body": "b"}""")]
    [InlineData("""{"id": "x", "lang": "da", "body": "\ud800"}""")]
    [InlineData("""{"id": "x", "lang": "da", "body": "\q"}""")]
    [InlineData("not json")]
    [InlineData("}")]
    public void SyntaxErrorsAreReportedAsBadJson(string line)
    {
        ArticleReadResult[] results = ReadBetweenGoodLines(line, out _);

        Assert.StartsWith("bad JSON: ", results[1].Error!.Message);
        Assert.Equal(3, results[1].Error!.Line);
        Assert.DoesNotContain("LineNumber", results[1].Error!.Message);
    }

    [Fact]
    public void StrictModeThrowsAtTheFirstErrorNamingFileAndLineAfterTheArticlesBeforeIt()
    {
        string path = directory.Write("a.jsonl", $"{GoodFirst}\n{{\"id\": \"x\", \"lang\": \"de\", \"body\": \"b\"}}\n{GoodLast}\n");
        using IEnumerator<ArticleReadResult> results = ArticleReader.Read(path, new ArticleReaderOptions { Strict = true }).GetEnumerator();

        Assert.True(results.MoveNext());
        Assert.Equal("first", results.Current.Article!.Id);
        ArticleFormatException exception = Assert.Throws<ArticleFormatException>(() => results.MoveNext());
        Assert.Equal($"{path}:2: unknown language 'de' (expected da or nl)", exception.Message);
        Assert.Equal(new ArticleError(path, 2, "unknown language 'de' (expected da or nl)"), exception.Error);
    }

    [Fact]
    public void CrlfLineBreaksReadLikeLf()
    {
        string path = directory.Write("a.jsonl", $"{GoodFirst}\r\n\r\n{{\"id\": \"bad\"}}\r\n{GoodLast}\r\n");

        ArticleReadResult[] results = [.. ArticleReader.Read(path)];

        Assert.Equal(["first", null, "last"], results.Select(result => result.Article?.Id));
        Assert.Equal(3, results[1].Error!.Line);
    }

    [Fact]
    public void AByteOrderMarkIsSkipped()
    {
        string path = directory.WriteBytes("a.jsonl", [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes($"{GoodFirst}\n{GoodLast}")]);

        Assert.Equal(["first", "last"], ArticleReader.Read(path).Select(result => result.Article!.Id));
    }

    [Fact]
    public void InvalidUtf8OnOneLineIsAnErrorForThatLineOnly()
    {
        byte[] bad = [.. """{"id": "x", "lang": "da", "body": "b"""u8, 0xC3, 0x28, .. "\"}"u8];
        string path = directory.WriteBytes("a.jsonl", [.. Encoding.UTF8.GetBytes(GoodFirst + "\n"), .. bad, (byte)'\n', .. Encoding.UTF8.GetBytes(GoodLast)]);

        ArticleReadResult[] results = [.. ArticleReader.Read(path)];

        Assert.Equal(["first", null, "last"], results.Select(result => result.Article?.Id));
        Assert.Equal(new ArticleError(path, 2, $"invalid UTF-8 at byte {bad.AsSpan().IndexOf((byte)0xC3) + 1}"), results[1].Error);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(300_000)]
    public void AnOversizeLineIsReportedWithItsSizeAndSkipped(int bodyLength)
    {
        string big = $$"""{"id": "big", "lang": "da", "body": "{{new string('x', bodyLength)}}"}""";
        string path = directory.Write("a.jsonl", $"{GoodFirst}\r\n{big}\r\n{GoodLast}");
        var options = new ArticleReaderOptions { MaxRecordBytes = Encoding.UTF8.GetByteCount(GoodFirst) };

        ArticleReadResult[] results = [.. ArticleReader.Read(path, options)];

        Assert.Equal(["first", null, "last"], results.Select(result => result.Article?.Id));
        Assert.Equal(new ArticleError(path, 2, $"record of {big.Length} bytes exceeds the limit of {options.MaxRecordBytes} bytes"), results[1].Error);
    }

    [Fact]
    public void TheRecordLimitIsFourMebibytesAndMustBePositive()
    {
        Assert.Equal(4 * 1024 * 1024, ArticleReaderOptions.Default.MaxRecordBytes);
        Assert.False(ArticleReaderOptions.Default.Strict);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleReaderOptions { MaxRecordBytes = 0 });
    }

    [Fact]
    public void RepeatedIdsAreAllPassedOn()
    {
        string path = directory.Write("a.jsonl", $"{GoodFirst}\n{GoodFirst}\n");

        Assert.Equal(["first", "first"], ArticleReader.Read(path).Select(result => result.Article!.Id));
    }

    // Writes a file of a good line, a blank line, the given line and a good line; returns the three results.
    private ArticleReadResult[] ReadBetweenGoodLines(string line, out string path)
    {
        path = directory.Write("a.jsonl", $"{GoodFirst}\n\n{line}\n{GoodLast}\n");
        ArticleReadResult[] results = [.. ArticleReader.Read(path)];
        Assert.Equal(3, results.Length);
        Assert.Equal("first", results[0].Article?.Id);
        Assert.Equal("last", results[2].Article?.Id);
        return results;
    }
}
