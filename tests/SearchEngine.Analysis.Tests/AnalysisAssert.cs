namespace SearchEngine.Analysis.Tests;

/// <summary>Reads token streams into plain tuples for assertions.</summary>
internal static class AnalysisAssert
{
    /// <summary>Returns every token of <paramref name="stream"/> as (term, start, end, position).</summary>
    public static List<(string Term, int Start, int End, int Position)> Tokens(TokenStream stream)
    {
        var tokens = new List<(string, int, int, int)>();
        int position = -1;
        while (stream.IncrementToken())
        {
            TokenAttributes token = stream.Attributes;
            position += token.PositionIncrement;
            tokens.Add((token.Term.ToString(), token.StartOffset, token.EndOffset, position));
        }

        return tokens;
    }

    /// <summary>Returns the terms <paramref name="analyzer"/> makes of <paramref name="text"/>, joined by spaces.</summary>
    public static string Terms(Analyzer analyzer, string text) =>
        string.Join(' ', Tokens(analyzer.GetTokenStream(text)).Select(t => t.Term));
}
