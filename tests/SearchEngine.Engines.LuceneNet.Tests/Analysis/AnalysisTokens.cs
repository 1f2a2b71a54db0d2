using Lucene.Net.Analysis.TokenAttributes;
using SearchEngine.Analysis;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;
using LuceneTokenStream = Lucene.Net.Analysis.TokenStream;

namespace SearchEngine.Engines.LuceneNet.Tests.Analysis;

/// <summary>One token as both analysis APIs describe it: term, offsets and absolute position.</summary>
internal readonly record struct Token(string Term, int Start, int End, int Position);

/// <summary>Reads every token out of a Lucene chain or a facade analyzer.</summary>
internal static class AnalysisTokens
{
    public static List<Token> FromLucene(LuceneAnalyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using LuceneTokenStream stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }

    public static List<Token> FromFacade(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        TokenStream stream = analyzer.GetTokenStream(text);
        int position = -1;
        while (stream.IncrementToken())
        {
            TokenAttributes token = stream.Attributes;
            position += token.PositionIncrement;
            tokens.Add(new Token(token.Term.ToString(), token.StartOffset, token.EndOffset, position));
        }

        return tokens;
    }

    public static List<string> Terms(Analyzer analyzer, string text) => [.. FromFacade(analyzer, text).Select(static t => t.Term)];
}
