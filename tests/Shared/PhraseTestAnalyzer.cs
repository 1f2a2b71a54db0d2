using System.Collections.Frozen;
using SearchEngine.Analysis;

namespace SearchEngine.Tests;

/// <summary>
/// Splits text on spaces and nothing else, dropping the stop words "i" and "og" but keeping their position gaps
/// as the real analyzers do, so a test knows every token's term and position exactly (no lower-casing, no
/// stemming): token <c>k</c> of the text, counting stop words, is at position <c>k</c>.
/// </summary>
internal sealed class PhraseTestAnalyzer : Analyzer
{
    /// <summary>The words the analyzer removes.</summary>
    public static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal, "i", "og");

    /// <summary>Gets one shared instance (analyzers are thread-safe).</summary>
    public static PhraseTestAnalyzer Instance { get; } = new();

    /// <summary>Returns the (term, position) pairs the analyzer makes of <paramref name="text"/>, for brute-force checks.</summary>
    public static List<(string Term, int Position)> Tokens(string text)
    {
        var tokens = new List<(string Term, int Position)>();
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (!StopWords.Contains(words[i]))
            {
                tokens.Add((words[i], i));
            }
        }

        return tokens;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents()
    {
        var tokenizer = new SpaceTokenizer();
        return new TokenStreamComponents(tokenizer, tokenizer);
    }

    private sealed class SpaceTokenizer : Tokenizer
    {
        private int offset;

        public override void Reset() => offset = 0;

        public override bool IncrementToken()
        {
            ReadOnlySpan<char> text = Input.Span;
            int increment = 1;
            while (true)
            {
                while (offset < text.Length && text[offset] == ' ')
                {
                    offset++;
                }

                if (offset >= text.Length)
                {
                    return false;
                }

                int start = offset;
                while (offset < text.Length && text[offset] != ' ')
                {
                    offset++;
                }

                ReadOnlySpan<char> word = text[start..offset];
                if (StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    // A removed stop word still takes a position, so phrases see the gap.
                    increment++;
                    continue;
                }

                Attributes.Clear();
                Attributes.SetTerm(word);
                Attributes.StartOffset = start;
                Attributes.EndOffset = offset;
                Attributes.PositionIncrement = increment;
                return true;
            }
        }
    }
}
