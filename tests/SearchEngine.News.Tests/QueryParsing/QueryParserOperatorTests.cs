using SearchEngine.News.QueryParsing;

namespace SearchEngine.News.Tests.QueryParsing;

/// <summary>
/// AND, OR, NOT and the modifiers set flags on a flat clause list, left to right, exactly as Lucene 8.7's classic
/// QueryParser does; there is no Boolean precedence. Every row's expectation is what Lucene printed for the same query
/// (see <see cref="QueryParserLuceneTests"/> for the recorded outputs).
/// </summary>
public sealed class QueryParserOperatorTests
{
    [Theory]
    [InlineData(QueryOperator.Or, "a b", "a b")]
    [InlineData(QueryOperator.Or, "a AND b", "+a +b")]
    [InlineData(QueryOperator.Or, "a && b", "+a +b")]
    [InlineData(QueryOperator.Or, "a OR b", "a b")]
    [InlineData(QueryOperator.Or, "a || b", "a b")]
    [InlineData(QueryOperator.Or, "NOT a", "-a")]
    [InlineData(QueryOperator.Or, "!a", "-a")]
    [InlineData(QueryOperator.Or, "a!b", "a -b")]
    [InlineData(QueryOperator.Or, "+a", "+a")]
    [InlineData(QueryOperator.Or, "-a", "-a")]
    [InlineData(QueryOperator.Or, "+a -b c", "+a -b c")]
    // AND binds to its neighbours only; OR changes nothing: a AND b OR c is +a +b c, not (a AND b) OR c.
    [InlineData(QueryOperator.Or, "a AND b OR c", "+a +b c")]
    [InlineData(QueryOperator.Or, "a OR b AND c", "a +b +c")]
    [InlineData(QueryOperator.Or, "a AND b AND c OR d", "+a +b +c d")]
    [InlineData(QueryOperator.Or, "a OR b OR c AND d", "a b +c +d")]
    [InlineData(QueryOperator.Or, "a || b && c", "a +b +c")]
    // NOT and '-' prohibit the next clause; AND never makes a prohibited clause required.
    [InlineData(QueryOperator.Or, "a AND NOT b", "+a -b")]
    [InlineData(QueryOperator.Or, "a NOT b", "a -b")]
    [InlineData(QueryOperator.Or, "a OR NOT b", "a -b")]
    [InlineData(QueryOperator.Or, "a NOT b AND c", "a -b +c")]
    [InlineData(QueryOperator.Or, "NOT a AND b", "-a +b")]
    [InlineData(QueryOperator.Or, "-a AND b", "-a +b")]
    [InlineData(QueryOperator.Or, "a AND -b OR c", "+a -b c")]
    [InlineData(QueryOperator.Or, "a AND +b", "+a +b")]
    // Groups are nested lists with the same rules inside.
    [InlineData(QueryOperator.Or, "a AND (b OR c)", "+a +(b c)")]
    [InlineData(QueryOperator.Or, "(a OR b) AND c", "+(a b) +c")]
    [InlineData(QueryOperator.Or, "-(a b)", "-(a b)")]
    [InlineData(QueryOperator.Or, "NOT (a)", "-a")]
    [InlineData(QueryOperator.Or, "(a AND b) OR (c AND d)", "(+a +b) (+c +d)")]
    // Default operator AND: every clause required unless OR introduces it, and OR also frees the clause before.
    [InlineData(QueryOperator.And, "a", "a")]
    [InlineData(QueryOperator.And, "a b", "+a +b")]
    [InlineData(QueryOperator.And, "a OR b", "a b")]
    [InlineData(QueryOperator.And, "a OR b c", "a b +c")]
    [InlineData(QueryOperator.And, "a OR +b OR c", "a b c")]
    [InlineData(QueryOperator.And, "+a OR b", "a b")]
    [InlineData(QueryOperator.And, "-a OR b", "-a b")]
    [InlineData(QueryOperator.And, "a AND b OR c", "+a b c")]
    [InlineData(QueryOperator.And, "a AND b OR c AND d", "+a b +c +d")]
    [InlineData(QueryOperator.And, "a NOT b", "+a -b")]
    [InlineData(QueryOperator.And, "NOT a", "-a")]
    [InlineData(QueryOperator.And, "(a OR b) c", "+(a b) +c")]
    [InlineData(QueryOperator.And, "title:(a b)", "+title:a +title:b")]
    public void Operators_combine_as_in_Lucene_classic_query_parser(QueryOperator defaultOperator, string query, string expected)
    {
        Assert.Equal(expected, QueryParsers.For(defaultOperator).Parse(query).ToString());
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("&&")]
    [InlineData("||")]
    [InlineData("!")]
    public void An_operator_at_the_end_is_an_error(string word)
    {
        Assert.Throws<QueryParseException>(() => QueryParsers.News.Parse($"a {word}"));
    }

    [Theory]
    [InlineData("a and b", "a and b")]
    [InlineData("a or b", "a or b")]
    [InlineData("not a", "not a")]
    [InlineData("a And b", "a And b")]
    public void Operators_in_lower_or_mixed_case_are_words(string query, string expected)
    {
        Assert.Equal(expected, QueryParsers.News.Parse(query).ToString());
    }
}
