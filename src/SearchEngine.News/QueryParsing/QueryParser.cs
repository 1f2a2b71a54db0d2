using System.Diagnostics.CodeAnalysis;

namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Parses the classic (Lucene) query syntax into a <see cref="QueryNode"/> tree, without analysis: a later step
/// analyses the raw texts per language and builds engine queries. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// Operators are read as Lucene 8.7's classic QueryParser reads them, not with Boolean precedence: each clause of a
/// query or group lands in one flat list as required, optional or prohibited (see <see cref="ClauseListBuilder"/>).
/// With the default operator OR: <c>a AND b OR c</c> is <c>+a +b c</c>; <c>a OR b AND c</c> is <c>a +b +c</c>;
/// <c>a AND NOT b</c> and <c>a NOT b</c> are <c>+a -b</c> and <c>a -b</c>; <c>NOT a</c> is <c>-a</c> (a query of only
/// prohibited clauses, which in Lucene matches nothing). With AND: <c>a b</c> is <c>+a +b</c>, <c>a OR b c</c> is
/// <c>a b +c</c>. Operators are upper case only (<c>and</c> is a word); <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> are
/// AND, OR and NOT.
/// </para>
/// <para>Decisions where Lucene has no answer or one this engine does not want:</para>
/// <list type="bullet">
/// <item>An empty or all-whitespace query is <see cref="MatchAllNode"/> (the query batch's contract); so is
/// <c>*:*</c>. A lone <c>*</c>, a leading <c>*</c>, a <c>*</c> inside a word, <c>?</c>, fuzzy <c>a~</c> and a field
/// other than <c>*</c> before <c>*:</c> are errors: the engine supports only a trailing <c>*</c> (prefix).</item>
/// <item>A field not in <see cref="QueryParserOptions.Fields"/> is an error naming the known ones (Lucene would
/// search a field that does not exist and find nothing). Field names are matched case-insensitively and aliases
/// resolved, so the tree carries canonical lower-case names.</item>
/// <item>Control characters other than tab, CR and LF, and unpaired surrogates, are errors, typed or escaped
/// (<c>\u0007</c>). Only space, tab, CR, LF and U+3000 separate words, as in Lucene; <c>/</c> is a word character
/// (no regular expressions).</item>
/// <item>Limits: query length, total clause count and nesting depth (<see cref="QueryParserOptions"/>).</item>
/// </list>
/// <para>Nothing but <see cref="QueryParseException"/> escapes <see cref="Parse"/> for any input string.</para>
/// </remarks>
public sealed class QueryParser
{
    private readonly QueryParserOptions _options;
    private readonly QueryFieldTable _fields;

    /// <summary>Initializes a parser; throws <see cref="ArgumentException"/> when an option is out of range or a field name is given twice.</summary>
    public QueryParser(QueryParserOptions? options = null)
    {
        _options = options ?? new QueryParserOptions();
        _options.Validate();
        _fields = new QueryFieldTable(_options.Fields);
    }

    /// <summary>Gets the options the parser was created with.</summary>
    public QueryParserOptions Options => _options;

    /// <summary>Parses <paramref name="query"/>.</summary>
    /// <exception cref="QueryParseException">The query breaks the syntax or a limit; the exception says where.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/> (a programming error, not user input).</exception>
    public QueryNode Parse(string query)
    {
        return TryParse(query, out QueryNode? node, out QueryParseError? error) ? node : throw new QueryParseException(error);
    }

    /// <summary>Parses <paramref name="query"/> without throwing for a bad query.</summary>
    /// <param name="query">The query text.</param>
    /// <param name="node">The tree, when the query is valid.</param>
    /// <param name="error">Where and why the query is invalid, when it is not.</param>
    /// <returns>Whether the query is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public bool TryParse(string query, [NotNullWhen(true)] out QueryNode? node, [NotNullWhen(false)] out QueryParseError? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        node = null;
        error = Precheck(query);
        if (error is not null)
        {
            return false;
        }

        if (query.AsSpan().TrimStart(" \t\r\n\u3000").IsEmpty)
        {
            node = new MatchAllNode(1f, new SourceSpan(0, query.Length));
            return true;
        }

        var run = new QueryParseRun(query, _options, _fields);
        node = run.ParseQuery();
        error = run.Error;
        return node is not null;
    }

    // Checks that need no parsing: the length first, so an oversize query costs nothing more, then the characters.
    private QueryParseError? Precheck(string query)
    {
        if (query.Length > _options.MaxQueryLength)
        {
            string message = $"query is {QueryCharacters.Count(query.Length)} characters, the limit is {QueryCharacters.Count(_options.MaxQueryLength)}";
            return new QueryParseError(_options.MaxQueryLength, query.Length - _options.MaxQueryLength, message);
        }

        return QueryCharacters.FindForbidden(query);
    }
}
