using SearchEngine.News.Highlighting;
using static SearchEngine.News.Tests.Highlighting.HighlightKit;

namespace SearchEngine.News.Tests.Highlighting;

public sealed class StemmingHighlightTests
{
    // (language, query word, text, the words marked). The query holds the query word's stem, as the parser makes it.
    public static TheoryData<string, string, string, string[]> InflectedForms => new()
    {
        { "da", "tilbagetrækning", "Tilbagetrækningen vil være tilendebragt inden for ti dage.", ["Tilbagetrækningen"] },
        { "da", "tilbagetrækning", "En tilbagetrækning og flere tilbagetrækninger blev nævnt.", ["tilbagetrækning", "tilbagetrækninger"] },
        { "da", "soldat", "Soldaterne og en soldat kom hjem, men ikke soldaten fra Aarhus.", ["Soldaterne", "soldat", "soldaten"] },
        { "nl", "terugtrekking", "De terugtrekking van de troepen begint. Terugtrekkingen duren lang.", ["terugtrekking", "Terugtrekkingen"] },
        { "nl", "soldaat", "Er kwamen 2.030 soldaten naar het land; één soldaat bleef.", ["soldaten", "soldaat"] },
    };

    [Theory]
    [MemberData(nameof(InflectedForms))]
    public void AStemmedTermMarksEveryInflectedFormOfIt(string language, string word, string text, string[] marked)
    {
        PassageHighlighter highlighter = language == "da" ? Danish : Dutch;
        string field = "body_" + language;

        HighlightedText highlighted = highlighter.Highlight(Term(word, field, language), field, text);

        Assert.True(highlighted.Matched);
        Assert.Equal(marked, Marks(highlighted));
    }

    [Fact]
    public void AWordWithAnotherStemIsNotMarked()
    {
        HighlightedText highlighted = Danish.Highlight(Term("tilbagetrækning"), Body, "Tilbagetog og trækning er andre ord.");

        Assert.False(highlighted.Matched);
        Assert.Empty(Marks(highlighted));
    }

    [Fact]
    public void MarksFollowTheOriginalOffsetsWhateverTheCase()
    {
        const string text = "TILBAGETRÆKNINGEN begynder.";

        HighlightedText highlighted = Danish.Highlight(Term("tilbagetrækning"), Body, text);

        Assert.Equal(new MatchSpan(0, 17), highlighted.Passages.Single().Matches.Single());
    }
}
