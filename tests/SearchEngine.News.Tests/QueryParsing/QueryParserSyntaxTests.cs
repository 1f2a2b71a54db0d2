using SearchEngine.News.QueryParsing;

namespace SearchEngine.News.Tests.QueryParsing;

/// <summary>
/// Each syntax feature parsed with the news fields and the default operator OR, compared as the tree's compact
/// <see cref="QueryNode.ToString"/>: <c>+</c> required, <c>-</c> prohibited, fields on every term, boosts as
/// <c>^2.0</c>, escapes where the lexer needs them.
/// </summary>
public sealed class QueryParserSyntaxTests
{
    [Theory]
    // Terms: the text raw, with '-', '+', '.', '&', '/' and any letters inside a word; upper case kept.
    [InlineData("regeringen", "regeringen")]
    [InlineData("2.030", "2.030")]
    [InlineData("B.T.", "B.T.")]
    [InlineData("Kasym-Jomart", "Kasym-Jomart")]
    [InlineData("København Ærø", "København Ærø")]
    [InlineData("a+b a&&b a||b 24/7", "a+b a&&b a||b 24/7")]
    [InlineData("ANDY AND-x ORt NOTE", "ANDY AND-x ORt NOTE")]
    [InlineData("a and b or c not d", "a and b or c not d")]
    [InlineData("a\tb\r\nc\u3000d", "a b c d")]
    [InlineData("a\u00A0b", "a\u00A0b")]
    [InlineData("😀 emoji", "😀 emoji")]
    // Phrases and slop: a float slop is truncated, '~' alone means 0; slop and boost in either order.
    [InlineData("\"Mette Frederiksen\"", "\"Mette Frederiksen\"")]
    [InlineData("\"a b\"~2", "\"a b\"~2")]
    [InlineData("\"a b\"~2.7", "\"a b\"~2")]
    [InlineData("\"a b\"~", "\"a b\"")]
    [InlineData("\"a b\"~2^3", "\"a b\"~2^3.0")]
    [InlineData("\"a b\"^3~2", "\"a b\"~2^3.0")]
    [InlineData("\"a b\" ~2", "\"a b\"~2")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("a\"b c\"d", "a \"b c\" d")]
    // Prefixes and match-all.
    [InlineData("regering*", "regering*")]
    [InlineData("title:regering*^2", "title:regering*^2.0")]
    [InlineData("*:*", "*:*")]
    [InlineData("*:*^2", "*:*^2.0")]
    [InlineData("*:* -a", "*:* -a")]
    // Fields: lower-cased, aliases resolved, a space allowed around ':' as in Lucene.
    [InlineData("title:x", "title:x")]
    [InlineData("Title:x", "title:x")]
    [InlineData("body:\"a b\"", "body:\"a b\"")]
    [InlineData("person:\"Mette Frederiksen\"", "person:\"Mette Frederiksen\"")]
    [InlineData("organization:x", "organization:x")]
    [InlineData("org:x ORG:y", "organization:x organization:y")]
    [InlineData("lang:da", "lang:da")]
    [InlineData("date:2022 date:2022-01 date:2022-01-15", "date:2022 date:2022-01 date:2022-01-15")]
    [InlineData("title : x", "title:x")]
    [InlineData("title: x", "title:x")]
    [InlineData("t\\itle:x", "title:x")]
    // Ranges: inclusive, exclusive, mixed, open, quoted bounds; TO as a bound.
    [InlineData("date:[2021-12 TO 2022-02]", "date:[2021-12 TO 2022-02]")]
    [InlineData("date:{2021-12 TO 2022-02}", "date:{2021-12 TO 2022-02}")]
    [InlineData("date:[2021-12 TO 2022-02}", "date:[2021-12 TO 2022-02}")]
    [InlineData("date:{2021 TO 2022]", "date:{2021 TO 2022]")]
    [InlineData("date:[* TO 2022]", "date:[* TO 2022]")]
    [InlineData("date:[2021 TO *]", "date:[2021 TO *]")]
    [InlineData("date:[\"*\" TO x]", "date:[\"*\" TO x]")]
    [InlineData("[\"a b\" TO c]", "[\"a b\" TO c]")]
    [InlineData("[TO TO b]", "[\"TO\" TO b]")]
    [InlineData("[ a  TO  b ]^2", "[a TO b]^2.0")]
    [InlineData("[a\\]b TO c]", "[\"a]b\" TO c]")]
    // A field on a group goes to every clause in it; a field inside the group wins.
    [InlineData("title:(a OR b)", "title:a title:b")]
    [InlineData("title:(a body:c)", "title:a body:c")]
    [InlineData("title:(a OR b)^2", "(title:a title:b)^2.0")]
    [InlineData("title:(\"a b\" c* [x TO y])", "title:\"a b\" title:c* title:[x TO y]")]
    [InlineData("title:(a)", "title:a")]
    // Boosts: floats, on terms, phrases, ranges, prefixes and groups; nested boosts multiply.
    [InlineData("a^2", "a^2.0")]
    [InlineData("a^0.5 b^1.25 c^10 d^0", "a^0.5 b^1.25 c^10.0 d^0.0")]
    [InlineData("a ^2", "a^2.0")]
    [InlineData("(a)^2", "a^2.0")]
    [InlineData("(a^2)^3", "a^6.0")]
    [InlineData("(a b)^2 c", "(a b)^2.0 c")]
    [InlineData("a^2.x", "a^2.0 .x")]
    [InlineData("a^1", "a")]
    // Groups: one unmodified clause is the clause itself; with a modifier it stays a group.
    [InlineData("(a)", "a")]
    [InlineData("((a b))", "a b")]
    [InlineData("(+a)", "+a")]
    [InlineData("x (+a)", "x (+a)")]
    [InlineData("(a)(b)", "a b")]
    [InlineData("a (b (c (d)))", "a (b (c d))")]
    // Escapes: the escaped character is part of the word; \uXXXX as in Lucene.
    [InlineData("a\\:b", "a\\:b")]
    [InlineData("\\\"a\\\"", "\\\"a\\\"")]
    [InlineData("a\\\\b", "a\\\\b")]
    [InlineData("a\\*", "a\\*")]
    [InlineData("a\\**", "a\\**")]
    [InlineData("\\(a\\)", "\\(a\\)")]
    [InlineData("\\AND \\OR \\NOT", "\\AND \\OR \\NOT")]
    [InlineData("a\\ b", "a\\ b")]
    [InlineData("\\-a \\+b \\!c", "\\-a \\+b \\!c")]
    [InlineData("te\\?t", "te\\?t")]
    [InlineData("\\u0041bc", "Abc")]
    [InlineData("\"a \\\"b\\\" c\"", "\"a \\\"b\\\" c\"")]
    // A lone '+', '-' or '!' before whitespace is a word, as in Lucene (analysis drops it later).
    [InlineData("a - b", "a \\- b")]
    [InlineData("a + b", "a \\+ b")]
    [InlineData("! a", "\\! a")]
    public void Each_syntax_feature_parses_to_the_expected_tree(string query, string expected)
    {
        Assert.Equal(expected, QueryParsers.News.Parse(query).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n\u3000 ")]
    public void An_empty_or_whitespace_query_matches_every_document(string query)
    {
        QueryNode node = QueryParsers.News.Parse(query);

        Assert.IsType<MatchAllNode>(node);
        Assert.Equal(new SourceSpan(0, query.Length), node.Span);
    }

    [Fact]
    public void Nodes_carry_the_field_the_raw_text_and_the_settings()
    {
        var root = Assert.IsType<BooleanNode>(QueryParsers.News.Parse("+Regeringen^2 -org:\"Novo Nordisk\"~3 date:[* TO 2022-02} pre*"));

        Assert.Equal(4, root.Clauses.Count);
        Assert.Equal(QueryOccur.Must, root.Clauses[0].Occur);
        var term = Assert.IsType<TermNode>(root.Clauses[0].Node);
        Assert.Null(term.Field);
        Assert.Equal("Regeringen", term.Text);
        Assert.Equal(2f, term.Boost);

        Assert.Equal(QueryOccur.MustNot, root.Clauses[1].Occur);
        var phrase = Assert.IsType<PhraseNode>(root.Clauses[1].Node);
        Assert.Equal("organization", phrase.Field);
        Assert.Equal("Novo Nordisk", phrase.Text);
        Assert.Equal(3, phrase.Slop);

        var range = Assert.IsType<RangeNode>(root.Clauses[2].Node);
        Assert.Equal(QueryOccur.Should, root.Clauses[2].Occur);
        Assert.Null(range.Lower);
        Assert.Equal("2022-02", range.Upper);
        Assert.True(range.IncludeLower);
        Assert.False(range.IncludeUpper);

        var prefix = Assert.IsType<PrefixNode>(root.Clauses[3].Node);
        Assert.Equal("pre", prefix.Prefix);
    }

    [Fact]
    public void Spans_cover_field_parentheses_and_suffixes_but_not_modifiers()
    {
        const string query = "+title:(a OR b)^2 -\"c d\"~2 x*";
        var root = Assert.IsType<BooleanNode>(QueryParsers.News.Parse(query));

        Assert.Equal(new SourceSpan(0, query.Length), root.Span);
        Assert.Equal("title:(a OR b)^2", Slice(query, root.Clauses[0].Node.Span));
        Assert.Equal("\"c d\"~2", Slice(query, root.Clauses[1].Node.Span));
        Assert.Equal("x*", Slice(query, root.Clauses[2].Node.Span));
        var group = Assert.IsType<BooleanNode>(root.Clauses[0].Node);
        Assert.Equal("a", Slice(query, group.Clauses[0].Node.Span));
        Assert.Equal("b", Slice(query, group.Clauses[1].Node.Span));
    }

    [Fact]
    public void Trees_are_equal_by_structure_not_by_span()
    {
        QueryNode spaced = QueryParsers.News.Parse("  title:a   +b");
        QueryNode tight = QueryParsers.News.Parse("title:a +b");

        Assert.Equal(tight, spaced);
        Assert.Equal(tight.GetHashCode(), spaced.GetHashCode());
        Assert.NotEqual(tight, QueryParsers.News.Parse("title:a b"));
        Assert.NotEqual(tight, QueryParsers.News.Parse("title:a +b^2"));
    }

    [Fact]
    public void Without_known_fields_every_field_name_is_accepted_lower_cased()
    {
        Assert.Equal("foo:bar (x:a x:b)", QueryParsers.AnyField.Parse("Foo:bar X:(a b)").ToString());
    }

    private static string Slice(string query, SourceSpan span) => query.Substring(span.Start, span.Length);
}
