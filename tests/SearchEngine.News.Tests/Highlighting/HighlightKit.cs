using SearchEngine.Analysis;
using SearchEngine.News.Highlighting;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Tests.Highlighting;

/// <summary>
/// Builds queries as the query parser would (words analysed into stems with the field's analyzer) and reads
/// back what a highlight marked, so tests state their cases in the words of the text.
/// </summary>
internal static class HighlightKit
{
    /// <summary>The Danish body field.</summary>
    public const string Body = "body_da";

    /// <summary>The Danish title field.</summary>
    public const string Title = "title_da";

    /// <summary>The field of the space-tokenized texts of <see cref="Spaced"/>.</summary>
    public const string Plain = "body";

    /// <summary>Gets a highlighter for Danish fields, every term weighing 1.</summary>
    public static PassageHighlighter Danish { get; } = new(AnalyzerRegistry.Get("da"));

    /// <summary>Gets a highlighter for Dutch fields.</summary>
    public static PassageHighlighter Dutch { get; } = new(AnalyzerRegistry.Get("nl"));

    /// <summary>Gets a highlighter for texts split on spaces only, where token k is at position k (see <see cref="PhraseTestAnalyzer"/>).</summary>
    public static PassageHighlighter Spaced { get; } = new(PhraseTestAnalyzer.Instance);

    /// <summary>Returns the term query for <paramref name="word"/> as indexed in <paramref name="field"/> (its Danish stem).</summary>
    public static TermQuery Term(string word, string field = Body, string language = "da") => new(field, Terms(word, language).Single().Term);

    /// <summary>Returns the phrase query for <paramref name="words"/>, stop words leaving their gaps, as the query parser builds it.</summary>
    public static PhraseQuery Phrase(string words, int slop = 0, string field = Body, string language = "da") =>
        new(field, [.. Terms(words, language).Select(t => new PhraseTerm(t.Term, t.Position))], slop);

    /// <summary>Returns the terms of a phrase of <paramref name="words"/> split on spaces, word k at position k.</summary>
    public static PhraseTerm[] Words(string words) => [.. words.Split(' ').Select((w, i) => new PhraseTerm(w, i))];

    /// <summary>Returns a boolean query of the given clauses.</summary>
    public static BooleanQuery Bool(params (Query Query, Occur Occur)[] clauses) => new([.. clauses.Select(c => new BooleanClause(c.Query, c.Occur))]);

    /// <summary>Returns the marked stretches of text, in text order.</summary>
    public static List<string> Marks(HighlightedText highlighted) =>
        [.. highlighted.Passages.SelectMany(p => p.Matches).Select(m => highlighted.Text[m.Start..m.End])];

    /// <summary>Returns the text of each passage.</summary>
    public static List<string> PassageTexts(HighlightedText highlighted) =>
        [.. highlighted.Passages.Select(p => highlighted.Text[p.Start..p.End])];

    /// <summary>Returns the analysed terms of <paramref name="text"/> with positions relative to the first.</summary>
    public static List<(string Term, int Position)> Terms(string text, string language = "da")
    {
        var terms = new List<(string Term, int Position)>();
        TokenStream stream = AnalyzerRegistry.Get(language).GetTokenStream(text);
        int position = -1;
        while (stream.IncrementToken())
        {
            position += stream.Attributes.PositionIncrement;
            terms.Add((stream.Attributes.Term.ToString(), position));
        }

        return terms.Count == 0 ? terms : [.. terms.Select(t => (t.Term, t.Position - terms[0].Position))];
    }
}
