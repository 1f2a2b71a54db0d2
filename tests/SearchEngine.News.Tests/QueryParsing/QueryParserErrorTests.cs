using SearchEngine.News.QueryParsing;

namespace SearchEngine.News.Tests.QueryParsing;

/// <summary>
/// Malformed queries fail with a <see cref="QueryParseException"/> whose position points at the fault (0-based
/// UTF-16 index; the query's length for "the end") and whose message names what was expected.
/// </summary>
public sealed class QueryParserErrorTests
{
    [Theory]
    // Unbalanced quotes and parentheses.
    [InlineData("\"abc", 0, "unbalanced '\"' starting at 0")]
    [InlineData("a \"b c", 2, "unbalanced '\"' starting at 2")]
    [InlineData("\"a\\\"", 0, "unbalanced '\"' starting at 0")]
    [InlineData("(a b", 0, "missing ')' for '(' at 0")]
    [InlineData("x ((a) b", 2, "missing ')' for '(' at 2")]
    [InlineData("a b)", 3, "unexpected ')' at 3; there is no '(' to close")]
    [InlineData(")", 0, "expected a term, phrase or '(' at 0, found ')'")]
    [InlineData("()", 1, "expected a term, phrase or '(' after '(' at 1")]
    // Lone and doubled operators.
    [InlineData("AND", 0, "expected a term, phrase or '(' at 0, found 'AND'")]
    [InlineData("a AND", 5, "expected a term, phrase or '(' after 'AND' at 5")]
    [InlineData("regering AND )", 13, "expected a term, phrase or '(' after 'AND' at 13")]
    [InlineData("OR b", 0, "expected a term, phrase or '(' at 0, found 'OR'")]
    [InlineData("NOT", 3, "expected a term, phrase or '(' after 'NOT' at 3")]
    [InlineData("a OR", 4, "expected a term, phrase or '(' after 'OR' at 4")]
    [InlineData("a AND OR b", 6, "expected a term, phrase or '(' after 'AND' at 6")]
    [InlineData("NOT NOT a", 4, "expected a term, phrase or '(' after 'NOT' at 4")]
    [InlineData("+-a", 1, "expected a term, phrase or '(' after '+' at 1")]
    [InlineData("a -", 3, "expected a term, phrase or '(' after '-' at 3")]
    [InlineData("&& a", 0, "expected a term, phrase or '(' at 0, found '&&'")]
    // Fields without a value, and unknown fields.
    [InlineData("title:", 6, "field 'title:' has no value at 6")]
    [InlineData("a title: )", 9, "field 'title:' has no value at 9")]
    [InlineData("title:AND b", 6, "field 'title:' has no value at 6")]
    [InlineData("foo:bar", 0, "unknown field 'foo' at 0; expected one of title, body, person, organization (org), lang, date")]
    [InlineData("a Foo:(b)", 2, "unknown field 'Foo' at 2; expected one of title, body, person, organization (org), lang, date")]
    [InlineData("*:a", 2, "expected '*' after '*:' at 2; '*:*' matches every document, other fields are named")]
    [InlineData("title:b:c", 7, "unexpected ':' at 7; a field name comes right before ':', and '\\:' searches for ':'")]
    [InlineData(":a", 0, "expected a term, phrase or '(' at 0, found ':'")]
    // Ranges.
    [InlineData("[a TO", 0, "missing ']' or '}' for '[' at 0: expected an upper bound after 'TO' at 5")]
    [InlineData("[a TO b", 0, "missing ']' or '}' for '[' at 0: expected ']' or '}' at 7")]
    [InlineData("date:[2021 TO]", 13, "expected an upper bound after 'TO' at 13")]
    [InlineData("date:[2021 2022]", 11, "expected 'TO' after the lower bound at 11, as in [2021-12 TO 2022-02]")]
    [InlineData("[]", 1, "expected a lower bound after '[' at 1")]
    [InlineData("[a TO b c]", 8, "expected ']' or '}' at 8")]
    [InlineData("[\"a TO b]", 1, "unbalanced '\"' starting at 1")]
    [InlineData("a ]", 2, "unexpected ']' at 2; a range is written [a TO b]")]
    [InlineData("}", 0, "expected a term, phrase or '(' at 0, found '}'")]
    // Wildcards other than a trailing '*', and fuzzy search.
    [InlineData("*", 0, "'*' at 0 is not a query on its own; write '*:*' to match every document")]
    [InlineData("title:*", 6, "'*' at 6 is not a query on its own; write '*:*' to match every document")]
    [InlineData("*abc", 0, "a word may not start with '*' (at 0); only a trailing '*' is supported, as in 'regering*'")]
    [InlineData("te*t", 2, "'*' at 2 is only supported once, at the end of a word; write '\\*' to search for '*'")]
    [InlineData("a**", 1, "'*' at 1 is only supported once, at the end of a word; write '\\*' to search for '*'")]
    [InlineData("hvad?", 4, "wildcard '?' at 4 is not supported; write '\\?' to search for '?'")]
    [InlineData("a~", 1, "unexpected '~' at 1; only a phrase takes a slop (\"a b\"~2), and fuzzy search is not supported")]
    [InlineData("roam~1", 4, "unexpected '~1' at 4; only a phrase takes a slop (\"a b\"~2), and fuzzy search is not supported")]
    [InlineData("(a b)~2", 5, "unexpected '~2' at 5; only a phrase takes a slop (\"a b\"~2), and fuzzy search is not supported")]
    // Slops and boosts.
    [InlineData("\"a b\"~-1", 5, "slop '~-1' at 5 may not be negative")]
    [InlineData("\"a b\"~2x", 5, "slop '~2x' at 5 is not a number")]
    [InlineData("\"a b\"~2~3", 7, "unexpected '~3' at 7; only a phrase takes a slop (\"a b\"~2), and fuzzy search is not supported")]
    [InlineData("a^", 2, "expected a number after '^' at 2")]
    [InlineData("a^ 2", 2, "expected a number after '^' at 2")]
    [InlineData("a^.5", 2, "expected a number after '^' at 2")]
    [InlineData("a^2^3", 3, "unexpected '^' at 3; one boost may follow a term, phrase, range or ')'")]
    [InlineData("^2", 0, "expected a term, phrase or '(' at 0, found '^'")]
    [InlineData("a^1000000000000000000000000000000000000000", 1, "boost at 1 is too large")]
    [InlineData("(a^100000000000000000000000000000000000000)^10", 0, "boost at 0 is too large")]
    // Escapes.
    [InlineData("a\\", 1, "'\\' at 1 is the last character and escapes nothing; write '\\\\' to search for '\\'")]
    [InlineData("a\\u00", 1, "'\\u' at 1 must be followed by four hexadecimal digits")]
    [InlineData("\\u00zz", 0, "'\\u' at 0 must be followed by four hexadecimal digits")]
    [InlineData("x \\u0007", 2, "'\\u0007' at 2 encodes U+0007, which a query may not contain")]
    [InlineData("\"a \\uD800\"", 3, "'\\uD800' at 3 encodes U+D800, which a query may not contain")]
    // Control characters (other than tab, CR, LF) and unpaired surrogates.
    [InlineData("a\u0007b", 1, "control character U+0007 at 1 is not allowed in a query")]
    [InlineData("a\u0000", 1, "control character U+0000 at 1 is not allowed in a query")]
    [InlineData("\"a\u001Bb\"", 2, "control character U+001B at 2 is not allowed in a query")]
    [InlineData("a\u0085", 1, "control character U+0085 at 1 is not allowed in a query")]
    public void A_malformed_query_fails_at_the_fault_naming_what_was_expected(string query, int position, string message)
    {
        var error = Assert.Throws<QueryParseException>(() => QueryParsers.News.Parse(query));

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
        Assert.InRange(error.Position + error.Length, error.Position, query.Length);
        Assert.False(QueryParsers.News.TryParse(query, out QueryNode? node, out QueryParseError? parseError));
        Assert.Null(node);
        Assert.Equal(error.Error, parseError);
    }

    // Built in code: test data in attributes cannot carry unpaired surrogates through serialization.
    [Theory]
    [InlineData("a", 0xD800, "b", "unpaired surrogate U+D800 at 1 is not allowed in a query")]
    [InlineData("ab", 0xDC00, "", "unpaired surrogate U+DC00 at 2 is not allowed in a query")]
    [InlineData("\"", 0xDBFF, "\"", "unpaired surrogate U+DBFF at 1 is not allowed in a query")]
    public void An_unpaired_surrogate_fails_at_its_position(string before, int surrogate, string after, string message)
    {
        string query = before + (char)surrogate + after;

        var error = Assert.Throws<QueryParseException>(() => QueryParsers.News.Parse(query));

        Assert.Equal(message, error.Message);
        Assert.Equal(before.Length, error.Position);
    }

    [Fact]
    public void A_query_over_the_length_limit_fails_before_parsing()
    {
        string query = new('a', 100 * 1024);

        var error = Assert.Throws<QueryParseException>(() => QueryParsers.News.Parse(query));

        Assert.Equal("query is 102,400 characters, the limit is 1,000", error.Message);
        Assert.Equal(1000, error.Position);
        Assert.Equal(query.Length - 1000, error.Length);
    }

    [Fact]
    public void A_query_of_exactly_the_length_limit_parses()
    {
        Assert.IsType<TermNode>(QueryParsers.News.Parse(new string('a', 1000)));
    }

    [Fact]
    public void Ten_thousand_terms_exceed_the_clause_limit_at_the_first_term_too_many()
    {
        var parser = new QueryParser(new QueryParserOptions { MaxQueryLength = 1_000_000 });
        string[] terms = Enumerable.Range(0, 10_000).Select(i => $"t{i}").ToArray();
        string query = string.Join(' ', terms);
        int expectedPosition = string.Join(' ', terms.Take(1024)).Length + 1;

        var error = Assert.Throws<QueryParseException>(() => parser.Parse(query));

        Assert.Equal($"query has more than 1,024 clauses at {expectedPosition}", error.Message);
        Assert.Equal(expectedPosition, error.Position);
        Assert.IsType<BooleanNode>(parser.Parse(string.Join(' ', terms.Take(1024))));
    }

    [Fact]
    public void Ten_thousand_terms_under_default_limits_fail_on_length()
    {
        string query = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"t{i}"));

        var error = Assert.Throws<QueryParseException>(() => QueryParsers.News.Parse(query));

        Assert.StartsWith($"query is {query.Length:N0} characters", error.Message);
    }

    [Fact]
    public void Clauses_in_groups_and_ranges_count_towards_the_limit()
    {
        var parser = new QueryParser(new QueryParserOptions { MaxClauseCount = 3 });

        Assert.Equal("(a b) [x TO y]", parser.Parse("(a b) [x TO y]").ToString());
        var error = Assert.Throws<QueryParseException>(() => parser.Parse("(a b) [x TO y] \"c\""));
        Assert.Equal(15, error.Position);
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_fail_at_the_first_level_too_deep()
    {
        var parser = new QueryParser(new QueryParserOptions { MaxQueryLength = 1_000_000 });
        string query = new string('(', 10_000) + "a" + new string(')', 10_000);

        var error = Assert.Throws<QueryParseException>(() => parser.Parse(query));

        Assert.Equal("parentheses nest deeper than 32 levels at 32", error.Message);
        Assert.Equal(32, error.Position);
        Assert.Throws<QueryParseException>(() => QueryParsers.News.Parse(query));
    }

    [Fact]
    public void Thirty_two_levels_of_parentheses_parse()
    {
        string query = new string('(', 32) + "a" + new string(')', 32);

        Assert.Equal("a", QueryParsers.News.Parse(query).ToString());
        Assert.Throws<QueryParseException>(() => QueryParsers.News.Parse("(" + query + ")"));
    }

    [Fact]
    public void Options_out_of_range_are_refused_when_the_parser_is_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueryParser(new QueryParserOptions { MaxNestingDepth = 10_000 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueryParser(new QueryParserOptions { MaxClauseCount = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueryParser(new QueryParserOptions { MaxQueryLength = -1 }));
        Assert.Throws<ArgumentException>(() => new QueryParser(new QueryParserOptions { Fields = [new("org"), new("organization", "ORG")] }));
        Assert.Throws<ArgumentException>(() => new QueryField("a b"));
    }
}
