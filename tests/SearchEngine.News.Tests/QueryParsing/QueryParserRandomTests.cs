using System.Text;
using SearchEngine.News.QueryParsing;

namespace SearchEngine.News.Tests.QueryParsing;

/// <summary>
/// 100,000 random strings through the parser: garbage characters, random UTF-8 bytes, and random mixes of the
/// syntax characters with words. Only <see cref="QueryParseException"/> may come out; every error points inside the
/// query; every tree's spans lie inside the query; and every tree's <see cref="QueryNode.ToString"/> parses back to
/// an equal tree (under the default operator OR, whatever operator made it).
/// </summary>
public sealed class QueryParserRandomTests
{
    private const int Iterations = 100_000;

    private static readonly string[] Pieces =
    [
        "\"", "(", ")", ":", "*", "~", "^", "[", "]", "{", "}", "+", "-", "!", "&", "|", "\\", "?", "/",
        " ", " ", " ", "  ", "\t", "\n", "\u3000", "\u00A0",
        "AND", "OR", "NOT", "TO", "&&", "||", "and", "to",
        "a", "b", "regering", "København", "Kasym-Jomart", "B.T.", "2.030", "2", "0.5", "10", "😀", "\\u0041", "\\\"",
        "title", "body", "org", "person", "date", "lang", "foo", "title:", "date:", "*:*", "2022-01",
    ];

    [Fact]
    public void Random_queries_throw_only_parse_errors_and_round_trip_when_they_parse()
    {
        var random = new Random(20_220_115);
        QueryParser[] parsers =
        [
            QueryParsers.News,
            QueryParsers.NewsAnd,
            QueryParsers.AnyField,
            new QueryParser(new QueryParserOptions { DefaultOperator = QueryOperator.And, MaxNestingDepth = 3, MaxClauseCount = 5 }),
        ];
        var reparseNews = new QueryParser(new QueryParserOptions { Fields = QueryParsers.NewsFields, MaxQueryLength = int.MaxValue });
        var reparseAny = new QueryParser(new QueryParserOptions { MaxQueryLength = int.MaxValue });
        int parsed = 0;
        int failed = 0;
        for (int i = 0; i < Iterations; i++)
        {
            string query = (i % 4) switch
            {
                0 => RandomChars(random),
                1 => RandomUtf8(random),
                _ => RandomSyntax(random),
            };
            QueryParser parser = parsers[random.Next(parsers.Length)];
            QueryNode node;
            try
            {
                node = parser.Parse(query);
            }
            catch (QueryParseException error)
            {
                Assert.True(error.Position >= 0 && error.Length >= 0 && error.Position + error.Length <= query.Length, $"error span {error.Position}+{error.Length} outside {Show(query)}: {error.Message}");
                failed++;
                continue;
            }
            catch (Exception other)
            {
                Assert.Fail($"{other.GetType().Name} for {Show(query)}: {other}");
                throw;
            }

            parsed++;
            foreach (QueryNode descendant in QueryParsers.Descendants(node))
            {
                Assert.True(descendant.Span.Start >= 0 && descendant.Span.End <= query.Length, $"span {descendant.Span} outside {Show(query)}");
            }

            string written = node.ToString();
            QueryParser reparser = parser.Options.Fields.Count > 0 ? reparseNews : reparseAny;
            Assert.True(reparser.TryParse(written, out QueryNode? again, out QueryParseError? reparseError), $"{Show(query)} wrote {Show(written)}, which fails: {reparseError?.Message}");
            Assert.True(node.Equals(again), $"{Show(query)} wrote {Show(written)}, which parses to {Show(again.ToString())}");
        }

        // Both outcomes must be common, or the test would not be testing much of either.
        Assert.InRange(parsed, Iterations / 10, Iterations);
        Assert.InRange(failed, Iterations / 10, Iterations);
    }

    // Any UTF-16 code units, lone surrogates and control characters included.
    private static string RandomChars(Random random)
    {
        var chars = new char[random.Next(0, 30)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x80) : (char)random.Next(0, 0x10000);
        }

        return new string(chars);
    }

    private static string RandomUtf8(Random random)
    {
        var bytes = new byte[random.Next(0, 40)];
        random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static string RandomSyntax(Random random)
    {
        var builder = new StringBuilder();
        int count = random.Next(0, random.Next(4) == 0 ? 80 : 16);
        for (int i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            builder.Append(c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.Append('"').ToString();
    }
}
