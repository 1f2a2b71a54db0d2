using SearchEngine.News.Highlighting;
using SearchEngine.News.Querying;
using static SearchEngine.News.Tests.Highlighting.HighlightKit;

namespace SearchEngine.News.Tests.Highlighting;

public sealed class SeedArticleHighlightTests
{
    [Fact]
    public void TheDanishSeedMarksThePhraseAndTheStemmedWordButNotAClauseRuledOutByItsNot()
    {
        // "Kasakhstan -Almaty" cannot match this article (it names Almaty), so Kasakhstan is no reason it matched.
        string text = File.ReadAllText(TestData.RequireShared("seeds/000_1396e5051abcfd44.txt"));
        Query query = Bool(
            (Phrase("ud med den gamle mand"), Occur.Should),
            (Term("tilbagetrækning"), Occur.Should),
            (Bool((Term("kasakhstan"), Occur.Must), (Term("almaty"), Occur.MustNot)), Occur.Should),
            (Term("moskva"), Occur.MustNot));

        HighlightedText highlighted = Danish.Highlight(query, Body, text, new HighlightOptions { MaxPassages = 10 });

        List<string> marks = Marks(highlighted);
        Assert.True(highlighted.Matched);
        Assert.Equal(["Tilbagetrækning", "Tilbagetrækningen", "tilbagetrækning", "gamle mand"], marks);
        Assert.Contains("<mark>Tilbagetrækningen</mark> vil være tilendebragt inden for ti dage, hedder det.", highlighted.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDutchSeedMarksAStemmedPhraseAsOneSpan()
    {
        string text = File.ReadAllText(TestData.RequireShared("seeds/002_3f0d7a8a7abd1322.txt"));
        PhraseQuery query = Phrase("internationale troepenmacht", field: "body_nl", language: "nl");

        HighlightedText highlighted = Dutch.Highlight(query, "body_nl", text, new HighlightOptions { MaxPassages = 5 });

        Assert.Equal(["internationale troepenmacht", "internationale troepenmacht"], Marks(highlighted));
        Assert.All(highlighted.Passages, p => Assert.True(p.End - p.Start <= HighlightOptions.Default.MaxPassageChars));
    }

    [Fact]
    public void ASeedFoundByAFilterAloneFallsBackToItsOpening()
    {
        string text = File.ReadAllText(TestData.RequireShared("seeds/000_1396e5051abcfd44.txt"));
        Query query = Bool((new MatchAllDocsQuery(), Occur.Must), (new TermQuery("person", "Kassym-Jomart Tokajev"), Occur.Filter));

        HighlightedText highlighted = Danish.Highlight(query, Body, text);

        Assert.False(highlighted.Matched);
        Assert.StartsWith("date 2022-01 Tilbagetrækning af russisk-ledede styrker", highlighted.ToHtml(), StringComparison.Ordinal);
        Assert.EndsWith(" …", highlighted.ToHtml(), StringComparison.Ordinal);
    }
}
