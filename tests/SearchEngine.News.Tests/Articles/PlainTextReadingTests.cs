using System.Text;

using SearchEngine.News.Articles;

namespace SearchEngine.News.Tests.Articles;

public sealed class PlainTextReadingTests : IDisposable
{
    private const string Article = "date 2022-01 Regeringen fremlægger et forslag.\n\nFørste afsnit af teksten.\n\nAndet afsnit,\nover to linjer.\n";

    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("000_", "da", "Kasakhstans præsident")]
    [InlineData("002_", "nl", "Na een week van gewelddadige")]
    public void TheSeedsParse(string prefix, string language, string bodyStart)
    {
        // The seeds are copied into the test's own directory, never into the repository.
        string seed = Directory.EnumerateFiles(TestData.RequireShared("seeds"), prefix + "*.txt").Single();
        string path = Path.Combine(directory.Path, Path.GetFileName(seed));
        File.Copy(seed, path);

        Article article = Assert.Single(ArticleReader.Read(path)).Article!;

        Assert.Equal(Path.GetFileNameWithoutExtension(seed), article.Id);
        Assert.Equal(language, article.Language);
        Assert.Equal(ArticleDate.Parse("2022-01"), article.Date);
        Assert.StartsWith(language == "da" ? "Tilbagetrækning af russisk-ledede styrker" : "Over twee dagen", article.Title);
        Assert.DoesNotContain('\n', article.Title);
        Assert.StartsWith(bodyStart, article.Body);
        Assert.Contains("\n\n", article.Body);
        Assert.False(article.HasGivenPersons);
        Assert.False(article.HasGivenOrganizations);
    }

    [Fact]
    public void TheLeadParagraphIsTheTitleAndTheRestTheBodyWithItsLinesKept()
    {
        Article article = ReadOne("x.txt", Article);

        Assert.Equal("x", article.Id);
        Assert.Equal("Regeringen fremlægger et forslag.", article.Title);
        Assert.Equal("Første afsnit af teksten.\n\nAndet afsnit,\nover to linjer.", article.Body);
        Assert.Equal("da", article.Language);
    }

    [Fact]
    public void CrlfAndAByteOrderMarkReadLikeLf()
    {
        Article expected = ReadOne("lf.txt", Article);
        string crlf = directory.WriteBytes("crlf.txt", [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n"))]);

        Article article = Assert.Single(ArticleReader.Read(crlf)).Article!;

        Assert.Equal((expected.Title, expected.Body, expected.Date), (article.Title, article.Body, article.Date));
        Assert.DoesNotContain('\r', article.Body);
    }

    [Fact]
    public void LeadingWhitespaceAndALeadParagraphOnTheNextLineAreAccepted()
    {
        Article article = ReadOne("x.txt", "\n  \n   date 2021-12-24\nJuleaften i København.\n\n\n\nDer var sne.   \n\n");

        Assert.Equal(ArticleDate.Parse("2021-12-24"), article.Date);
        Assert.Equal("Juleaften i København.", article.Title);
        Assert.Equal("Der var sne.", article.Body);
    }

    [Theory]
    [InlineData("", 1, "missing date line: the file is empty")]
    [InlineData(" \n\t\n", 1, "missing date line: the file is empty")]
    [InlineData("\n\nRegeringen.\n\nTekst.", 3, "missing date line: expected 'date YYYY-MM' or 'date YYYY-MM-DD' first")]
    [InlineData("dated 2022-01 Titel\n\nTekst.", 1, "missing date line: expected 'date YYYY-MM' or 'date YYYY-MM-DD' first")]
    [InlineData("date\nTitel\n\nTekst.", 1, "missing date after 'date'")]
    [InlineData("\ndate 2022-13 Titel\n\nTekst.", 2, "bad date '2022-13': month must be 01-12")]
    [InlineData("date 2022-02-30 Titel\n\nTekst.", 1, "bad date '2022-02-30': day must be 01-28 in 2022-02")]
    [InlineData("date 2022-01\n\n", 1, "no lead paragraph after the date")]
    [InlineData("date 2022-01 Titel\n", 1, "empty body")]
    [InlineData("date 2022-01\n\nTitel\nmed to linjer\n\n \n", 5, "empty body")]
    public void AMalformedFileIsOneErrorAtTheLineConcerned(string text, int line, string message)
    {
        string path = directory.Write("x.txt", text);

        Assert.Equal(new ArticleError(path, line, message), Assert.Single(ArticleReader.Read(path)).Error);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorAtItsLine()
    {
        string path = directory.WriteBytes("x.txt", [.. "date 2022-01 Titel\n\nTekst "u8, 0xFF, .. " mere."u8]);

        Assert.Equal(new ArticleError(path, 3, "invalid UTF-8 at byte 7"), Assert.Single(ArticleReader.Read(path)).Error);
    }

    [Fact]
    public void AFileOverTheRecordLimitIsAnErrorAtLineOne()
    {
        string path = directory.Write("x.txt", Article);
        int size = Encoding.UTF8.GetByteCount(Article);

        Assert.True(Assert.Single(ArticleReader.Read(path, new ArticleReaderOptions { MaxRecordBytes = size })).IsArticle);
        Assert.Equal(
            new ArticleError(path, 1, $"record of {size} bytes exceeds the limit of {size - 1} bytes"),
            Assert.Single(ArticleReader.Read(path, new ArticleReaderOptions { MaxRecordBytes = size - 1 })).Error);
    }

    [Fact]
    public void StrictModeThrowsNamingTheFileAndLine()
    {
        string path = directory.Write("x.txt", "date 2022-01 Titel\n");

        ArticleFormatException exception = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(path, new ArticleReaderOptions { Strict = true }).ToList());

        Assert.Equal($"{path}:1: empty body", exception.Message);
    }

    private Article ReadOne(string name, string text) => Assert.Single(ArticleReader.Read(directory.Write(name, text))).Article!;
}
