using SearchEngine.News.Highlighting;
using SearchEngine.News.Querying;
using static SearchEngine.News.Tests.Highlighting.HighlightKit;

namespace SearchEngine.News.Tests.Highlighting;

public sealed class HighlightRenderingTests
{
    [Fact]
    public void HtmlEscapesScriptTagsAmpersandsAndQuotes()
    {
        const string text = "Brug <script>alert('x & y')</script> & \"citater\" om soldaterne.";
        Query query = Bool((Term("soldat"), Occur.Should), (Term("script"), Occur.Should));

        string html = Danish.Highlight(query, Body, text).ToHtml();

        Assert.Equal(
            "Brug &lt;<mark>script</mark>&gt;alert(&#39;x &amp; y&#39;)&lt;/<mark>script</mark>&gt; &amp; &quot;citater&quot; om <mark>soldaterne</mark>.",
            html);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TaggedTextUsesTheGivenTagsAndEscapesNothing()
    {
        const string text = "A & B: <i>soldaterne</i> kom.";

        string tagged = Danish.Highlight(Term("soldat"), Body, text).ToTaggedText("<b>", "</b>");

        Assert.Equal("A & B: <i><b>soldaterne</b></i> kom.", tagged);
    }

    [Fact]
    public void EachPassageRendersAloneWithoutEllipses()
    {
        const string text = "Soldaterne kom. Ingen andre kom. Til sidst kom en soldat & en <general>.";

        HighlightedText highlighted = Danish.Highlight(Term("soldat"), Body, text);

        Assert.Equal(2, highlighted.Passages.Count);
        Assert.Equal("<mark>Soldaterne</mark> kom.", highlighted.PassageToHtml(highlighted.Passages[0]));
        Assert.Equal("Til sidst kom en <mark>soldat</mark> &amp; en &lt;general&gt;.", highlighted.PassageToHtml(highlighted.Passages[1]));
        Assert.Equal("Til sidst kom en [soldat] & en <general>.", highlighted.PassageToTaggedText(highlighted.Passages[1], "[", "]"));
    }

    [Theory]
    [InlineData("Rente & risiko: <analyse>", "Rente &amp; risiko: &lt;analyse&gt;")]
    [InlineData("\"citat\" og 'citat'", "&quot;citat&quot; og &#39;citat&#39;")]
    [InlineData("intet at escape", "intet at escape")]
    public void EscapeHtmlEscapesTheFiveSpecialCharacters(string text, string expected) => Assert.Equal(expected, HighlightedText.EscapeHtml(text));

    // (text, passages wanted, expected HTML): an ellipsis stands wherever text is left out, and only there.
    public static TheoryData<string, int, string> Ellipses => new()
    {
        { "Soldaterne kom. Ingen andre kom. Til sidst kom en soldat.", 3, "<mark>Soldaterne</mark> kom. … Til sidst kom en <mark>soldat</mark>." },
        { "Ingen kom først. Soldaterne kom. Ingen kom sidst.", 3, "… <mark>Soldaterne</mark> kom. …" },
        { "Soldaterne kom. Soldaten gik.", 3, "<mark>Soldaterne</mark> kom. <mark>Soldaten</mark> gik." },
        { "Soldaterne kom. Soldaten gik lidt senere hjem. Ingen kom sidst.", 1, "<mark>Soldaterne</mark> kom. …" },
        { "Ingen kom først.\n\nSoldaterne kom.\n", 3, "… <mark>Soldaterne</mark> kom." },
    };

    [Theory]
    [MemberData(nameof(Ellipses))]
    public void AnEllipsisMarksEveryPlaceWhereTextIsLeftOut(string text, int passages, string html)
    {
        HighlightedText highlighted = Danish.Highlight(Term("soldat"), Body, text, new HighlightOptions { MaxPassages = passages });

        Assert.Equal(html, highlighted.ToHtml());
    }

    [Fact]
    public void TheOpeningFallbackEndsInAnEllipsisWhenTextFollows()
    {
        HighlightedText highlighted = Danish.Highlight(Term("moskva"), Body, "Første sætning her. Anden sætning.", new HighlightOptions { MaxPassageChars = 25 });

        Assert.Equal("Første sætning her. …", highlighted.ToHtml());
        Assert.Equal("Første sætning her. ...", highlighted.ToTaggedText("<b>", "</b>", "..."));
    }

    [Fact]
    public void OptionsRejectPassageCountsAndLengthsBelowOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HighlightOptions { MaxPassages = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new HighlightOptions { MaxPassageChars = 0 });
    }
}
