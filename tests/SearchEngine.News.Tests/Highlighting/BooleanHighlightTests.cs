using SearchEngine.News.Highlighting;
using SearchEngine.News.Querying;
using static SearchEngine.News.Tests.Highlighting.HighlightKit;

namespace SearchEngine.News.Tests.Highlighting;

public sealed class BooleanHighlightTests
{
    private const string Text = "Tokajev siger, at styrken trækker sig. Soldater fra Rusland rejser hjem. Præsidenten taler i parlamentet.";

    [Fact]
    public void ATermUnderNotIsNeverMarkedEvenWhereItOccurs()
    {
        // The searcher would not return this document; the highlighter must not mark the excluded word regardless.
        Query query = Bool((Term("soldater"), Occur.Should), (Term("styrken"), Occur.Should), (Term("rusland"), Occur.MustNot));

        HighlightedText highlighted = Danish.Highlight(query, Body, Text);

        Assert.DoesNotContain("Rusland", Marks(highlighted));
    }

    [Fact]
    public void ANotClauseThatDoesNotOccurLeavesTheOtherTermsMarked()
    {
        Query query = Bool((Term("soldater"), Occur.Must), (Term("moskva"), Occur.MustNot));

        Assert.Equal(["Soldater"], Marks(Danish.Highlight(query, Body, Text)));
    }

    [Fact]
    public void AClauseRuledOutByItsNotMarksNothingWhileItsSiblingStillMarks()
    {
        // tokajev OR (soldater -rusland): the inner clause does not match this text, so "Soldater" is no reason it matched.
        Query query = Bool((Term("tokajev"), Occur.Should), (Bool((Term("soldater"), Occur.Must), (Term("rusland"), Occur.MustNot)), Occur.Should));

        Assert.Equal(["Tokajev"], Marks(Danish.Highlight(query, Body, Text)));
    }

    [Fact]
    public void ARequiredClauseMissingFromTheTextTakesBackItsSiblingsMarks()
    {
        Query inner = Bool((Term("soldater"), Occur.Must), (Term("moskva"), Occur.Must));
        Query query = Bool((inner, Occur.Should), (Term("parlamentet"), Occur.Should));

        Assert.Equal(["parlamentet"], Marks(Danish.Highlight(query, Body, Text)));
    }

    [Fact]
    public void AQueryOnTheTitleMarksNothingInTheBody()
    {
        HighlightedText highlighted = Danish.Highlight(Term("soldater", Title), Body, Text);

        Assert.False(highlighted.Matched);
        Assert.Empty(Marks(highlighted));
    }

    [Fact]
    public void ClausesOnOtherFieldsNeitherMarkNorRuleOutTheBodyClauses()
    {
        Query query = Bool(
            (Term("soldater"), Occur.Must),
            (Term("soldater", Title), Occur.Must),
            (Term("rusland", Title), Occur.MustNot),
            (new TermQuery("person", "Kassym-Jomart Tokajev"), Occur.Filter),
            (new NumericRangeQuery("date", 20220101, 20220131), Occur.Filter),
            (new TermRangeQuery("month", "2022-01", "2022-02", true, true), Occur.Filter));

        Assert.Equal(["Soldater"], Marks(Danish.Highlight(query, Body, Text)));
    }

    [Fact]
    public void MatchAllWithAFilterMarksNothingAndFallsBackToTheOpening()
    {
        Query query = Bool((new MatchAllDocsQuery(), Occur.Must), (new TermQuery("person", "Tokajev"), Occur.Filter));

        HighlightedText highlighted = Danish.Highlight(query, Body, Text);

        Assert.False(highlighted.Matched);
        Assert.Equal(0, highlighted.Passages.Single().Start);
    }

    [Fact]
    public void BoostWrappersStillMark()
    {
        Query query = Bool((new BoostQuery(Term("soldater"), 3f), Occur.Should), (new BoostQuery(Term("parlamentet"), 0.5f), Occur.Should));

        Assert.Equal(["Soldater", "parlamentet"], Marks(Danish.Highlight(query, Body, Text)));
    }

    [Fact]
    public void MinimumShouldMatchAboveWhatTheTextHoldsMarksNothing()
    {
        var query = new BooleanQuery([new BooleanClause(Term("soldater"), Occur.Should), new BooleanClause(Term("moskva"), Occur.Should)], MinimumShouldMatch: 2);

        Assert.False(Danish.Highlight(query, Body, Text).Matched);
    }

    [Theory]
    [InlineData("sold", new[] { "Soldater", "soldaten" })]
    [InlineData("ru", new[] { "Rusland", "russiske" })]
    [InlineData("zz", new string[0])]
    public void APrefixMarksEveryTermStartingWithIt(string prefix, string[] marked)
    {
        HighlightedText highlighted = Danish.Highlight(new PrefixQuery(Body, prefix), Body, "Soldater fra Rusland. Den russiske soldaten.");

        Assert.Equal(marked, Marks(highlighted));
    }

    [Fact]
    public void ARangeMarksTheTermsWithinItsBounds()
    {
        var query = new TermRangeQuery(Plain, "b", "d", IncludeLower: true, IncludeUpper: false);

        Assert.Equal(["b", "c", "ca"], Marks(Spaced.Highlight(query, Plain, "a b c ca d e")));
    }
}
