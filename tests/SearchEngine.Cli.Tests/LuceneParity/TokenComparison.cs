using System.Globalization;
using System.Text;

namespace SearchEngine.Cli.Tests.LuceneParity;

/// <summary>
/// Compares two analyzers' token lists over many articles analyzed as one text: articles are joined with a
/// separator word, and each token's position is taken relative to the separator before its article, so one
/// difference shifts positions only within its own article.
/// </summary>
internal sealed class TokenComparison
{
    private const string Separator = "\n\nqqzzseparatorzzqq\n\n";

    private readonly List<(int Start, int End)> articles = [];

    /// <summary>Initializes the comparison over <paramref name="texts"/> and builds the joined text.</summary>
    public TokenComparison(IReadOnlyList<string> texts)
    {
        var joined = new StringBuilder();
        foreach (string text in texts)
        {
            joined.Append(Separator);
            articles.Add((joined.Length, joined.Length + text.Length));
            joined.Append(text);
        }

        Text = joined.ToString();
    }

    /// <summary>Gets the joined text both analyzers read.</summary>
    public string Text { get; }

    /// <summary>Gets the number of Lucene's tokens (outside the separators).</summary>
    public int ExpectedTokens { get; private set; }

    /// <summary>Gets the number of our tokens (outside the separators).</summary>
    public int ActualTokens { get; private set; }

    /// <summary>Gets the number of tokens equal in term, start, end and article-relative position on both sides.</summary>
    public int MatchedTokens { get; private set; }

    /// <summary>Gets one line per differing token: the side, the token, and the text around it.</summary>
    public List<string> Differences { get; } = [];

    /// <summary>Compares Lucene's output with ours, both as lines of term, start, end and position.</summary>
    public void Compare(string expectedOutput, string actualOutput)
    {
        List<Token>[] expected = SplitByArticle(expectedOutput);
        List<Token>[] actual = SplitByArticle(actualOutput);
        for (int i = 0; i < articles.Count; i++)
        {
            ExpectedTokens += expected[i].Count;
            ActualTokens += actual[i].Count;
            var remaining = new Dictionary<Token, int>();
            foreach (Token token in expected[i])
            {
                remaining[token] = remaining.GetValueOrDefault(token) + 1;
            }

            foreach (Token token in actual[i])
            {
                if (remaining.GetValueOrDefault(token) > 0)
                {
                    remaining[token]--;
                    MatchedTokens++;
                }
                else
                {
                    Differences.Add(Describe("ours  ", token));
                }
            }

            foreach ((Token token, int count) in remaining)
            {
                for (int c = 0; c < count; c++)
                {
                    Differences.Add(Describe("lucene", token));
                }
            }
        }
    }

    private List<Token>[] SplitByArticle(string output)
    {
        var perArticle = new List<Token>[articles.Count];
        for (int i = 0; i < perArticle.Length; i++)
        {
            perArticle[i] = [];
        }

        int article = -1;
        int basePosition = 0;
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] fields = line.Split('\t');
            int start = int.Parse(fields[1], CultureInfo.InvariantCulture);
            int position = int.Parse(fields[3], CultureInfo.InvariantCulture);
            while (article + 1 < articles.Count && start >= articles[article + 1].Start)
            {
                article++;
            }

            if (article < 0 || start >= articles[article].End)
            {
                // The separator word: positions in the next article count from here.
                basePosition = position + 1;
                continue;
            }

            perArticle[article].Add(new Token(fields[0], start, int.Parse(fields[2], CultureInfo.InvariantCulture), position - basePosition));
        }

        return perArticle;
    }

    private string Describe(string side, Token token)
    {
        int from = Math.Max(0, token.Start - 20);
        int to = Math.Min(Text.Length, token.End + 20);
        string context = Text[from..to].Replace('\n', ' ');
        return $"{side} {token.Term}\t{token.Start}\t{token.End}\t+{token.Position}\t«{context}»";
    }

    private readonly record struct Token(string Term, int Start, int End, int Position);
}
