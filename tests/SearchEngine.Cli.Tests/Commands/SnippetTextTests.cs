using SearchEngine.Cli.Commands;
using SearchEngine.News.Highlighting;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Tests.Commands;

/// <summary>How <c>searchctl search</c> prints marks: bold on a terminal, brackets otherwise, and never an article's control characters.</summary>
public sealed class SnippetTextTests
{
    private static readonly NewsHit Hit = new("a1", 1f, "da", "Skatten stiger", null, [], [])
    {
        TitleHighlight = new HighlightedText("Skatten stiger", [new Passage(0, 14, 1f, [new MatchSpan(0, 7)])], Matched: true),
        BodyHighlight = new HighlightedText(
            "Indledning.\nSkatten\u001b[31m stiger igen. Slut.",
            [new Passage(12, 37, 1f, [new MatchSpan(12, 19)])],
            Matched: true),
    };

    [Fact]
    public void ATerminalGetsBoldMarksUnlessNoColorIsSet()
    {
        var console = new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, IsTerminal: true);
        string expected = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) ? "\u001b[1mSkatten\u001b[22m stiger" : "[Skatten] stiger";

        Assert.Equal(expected, SnippetText.For(console).Title(Hit));
    }

    [Fact]
    public void ControlCharactersOfTheTextArePrintedAsSpacesAndLeftOutTextAsAnEllipsis()
    {
        var console = new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, IsTerminal: false);

        Assert.Equal(["… [Skatten] [31m stiger igen. …"], SnippetText.For(console).Snippets(Hit));
        Assert.Equal("[Skatten] stiger", SnippetText.For(console).Title(Hit));
    }
}
