namespace SearchEngine.News.QueryParsing;

/// <summary>
/// One parse of one query: a recursive-descent reading of the classic grammar, as Lucene's classic parser reads it,
/// whose recursion is bounded by <see cref="QueryParserOptions.MaxNestingDepth"/> (one level per parenthesis).
/// </summary>
/// <remarks>
/// <code>
/// query   = [modifier] clause { [AND | OR] [modifier] clause }       modifier = '+' | '-' | '!' | NOT
/// clause  = '*' ':' '*' ['^' number]
///         | [word ':'] ( '(' query ')' ['^' number] | term )
/// term    = (word | prefix | bare-operator) ['^' number]
///         | phrase ( '^' number ['~' slop] | '~' slop ['^' number] )?
///         | ('[' | '{') bound TO bound (']' | '}') ['^' number]
/// </code>
/// How <c>AND</c>, <c>OR</c> and the modifiers combine is <see cref="ClauseListBuilder"/>'s business.
/// </remarks>
internal sealed class QueryParseRun(string text, QueryParserOptions options, QueryFieldTable fields)
{
    private readonly QueryCursor _cursor = new(text);
    private int _clauseCount;

    /// <summary>Gets the first error met, once <see cref="ParseQuery"/> has returned <see langword="null"/>.</summary>
    public QueryParseError? Error => _cursor.Error;

    /// <summary>Parses the whole query; <see langword="null"/> on error.</summary>
    public QueryNode? ParseQuery()
    {
        QueryNode? node = ParseClauses(field: null, depth: 0, after: null);
        if (node is null)
        {
            return null;
        }

        QueryToken next = _cursor.Peek();
        return next.Kind == QueryTokenKind.End ? node : Unexpected(next);
    }

    /// <summary>Counts one more term, phrase, prefix, range or <c>*:*</c>; false (with the error set) beyond the limit.</summary>
    public bool CountClause(int position)
    {
        if (++_clauseCount <= options.MaxClauseCount)
        {
            return true;
        }

        _cursor.Fail(position, 0, $"query has more than {QueryCharacters.Count(options.MaxClauseCount)} clauses at {position}");
        return false;
    }

    // Reads clauses up to the end of the query or a ')' (which the caller checks). 'after' is the token a missing
    // clause would follow ('(' or an operator), for the error message.
    private QueryNode? ParseClauses(string? field, int depth, QueryToken? after)
    {
        var clauses = new ClauseListBuilder(options.DefaultOperator);
        int start = _cursor.Peek().Start;
        while (true)
        {
            QueryToken token = _cursor.Peek();
            QueryTokenKind? conjunction = null;
            if (clauses.Count > 0)
            {
                if (token.Kind is QueryTokenKind.End or QueryTokenKind.RightParen)
                {
                    break;
                }

                if (token.Kind is QueryTokenKind.And or QueryTokenKind.Or)
                {
                    conjunction = token.Kind;
                    after = _cursor.Consume(token);
                    token = _cursor.Peek();
                }
                else if (!StartsClause(token.Kind) && !IsModifier(token.Kind))
                {
                    return Unexpected(token);
                }
            }

            QueryTokenKind? modifier = null;
            if (IsModifier(token.Kind))
            {
                modifier = token.Kind;
                after = _cursor.Consume(token);
            }

            QueryNode? node = ParseClause(field, depth, after);
            if (node is null)
            {
                return null;
            }

            clauses.Add(conjunction, modifier, node);
            after = null;
        }

        return clauses.Build(SourceSpan.FromBounds(start, _cursor.ConsumedEnd));
    }

    private QueryNode? ParseClause(string? field, int depth, QueryToken? after)
    {
        QueryToken token = _cursor.Peek();
        int start = token.Start;
        string? fieldWritten = null;
        if (token.Kind is (QueryTokenKind.Term or QueryTokenKind.Star) && _cursor.PeekAfter(token).Kind == QueryTokenKind.Colon)
        {
            if (token.Kind == QueryTokenKind.Star)
            {
                return ParseMatchAll(token);
            }

            field = fields.Resolve(token.Text);
            if (field is null)
            {
                return _cursor.Fail(token.Start, token.Length, $"unknown field '{token.Text}' at {token.Start}; expected one of {fields}");
            }

            fieldWritten = token.Text;
            _cursor.Consume(token);
            _cursor.Consume(_cursor.Peek());
            token = _cursor.Peek();
        }

        if (token.Kind == QueryTokenKind.LeftParen)
        {
            return ParseGroup(field, depth, start, token);
        }

        if (StartsClause(token.Kind))
        {
            return ParseTerm(field, start, token);
        }

        if (token.Kind == QueryTokenKind.Error)
        {
            return _cursor.Fail(token.Error!);
        }

        string message = fieldWritten is not null ? $"field '{fieldWritten}:' has no value at {token.Start}"
            : after is { } previous ? $"expected a term, phrase or '(' after '{_cursor.Source(previous)}' at {token.Start}"
            : $"expected a term, phrase or '(' at {token.Start}, found {_cursor.Describe(token)}";
        return _cursor.Fail(token.Start, token.Length, message);
    }

    private QueryNode? ParseGroup(string? field, int depth, int start, QueryToken open)
    {
        if (depth >= options.MaxNestingDepth)
        {
            return _cursor.Fail(open.Start, 1, $"parentheses nest deeper than {options.MaxNestingDepth} levels at {open.Start}");
        }

        _cursor.Consume(open);
        QueryNode? inner = ParseClauses(field, depth + 1, open);
        if (inner is null)
        {
            return null;
        }

        QueryToken close = _cursor.Peek();
        if (close.Kind != QueryTokenKind.RightParen)
        {
            return _cursor.Fail(open.Start, 1, $"missing ')' for '(' at {open.Start}");
        }

        _cursor.Consume(close);
        if (_cursor.ParseOptionalBoost() is not { } factor)
        {
            return null;
        }

        // The group's result (one clause unwrapped, or a BooleanNode) takes the group's span and boost; nested boosts
        // multiply, as Lucene's BoostQuery rewrites ((a)^2)^3 to a^6.
        if (!float.IsFinite(inner.Boost * factor))
        {
            return _cursor.Fail(start, _cursor.ConsumedEnd - start, $"boost at {start} is too large");
        }

        return inner.Rewrap(SourceSpan.FromBounds(start, _cursor.ConsumedEnd), factor);
    }

    private QueryNode? ParseMatchAll(QueryToken star)
    {
        _cursor.Consume(star);
        _cursor.Consume(_cursor.Peek());
        QueryToken value = _cursor.Peek();
        if (value.Kind != QueryTokenKind.Star)
        {
            return _cursor.Fail(value.Start, value.Length, $"expected '*' after '*:' at {value.Start}; '*:*' matches every document, other fields are named");
        }

        _cursor.Consume(value);
        if (!CountClause(star.Start) || _cursor.ParseOptionalBoost() is not { } factor)
        {
            return null;
        }

        return new MatchAllNode(factor, SourceSpan.FromBounds(star.Start, _cursor.ConsumedEnd));
    }

    private QueryNode? ParseTerm(string? field, int start, QueryToken token)
    {
        if (token.Kind == QueryTokenKind.Star)
        {
            return _cursor.Fail(token.Start, 1, $"'*' at {token.Start} is not a query on its own; write '*:*' to match every document");
        }

        if (!CountClause(token.Start))
        {
            return null;
        }

        _cursor.Consume(token);
        if (token.Kind is QueryTokenKind.RangeStartInclusive or QueryTokenKind.RangeStartExclusive)
        {
            return new RangeParser(_cursor).Parse(field, start, token);
        }

        // A phrase takes a slop and a boost in either order ("a b"~2^3, "a b"^3~2), each once; other terms a boost.
        int slop = 0;
        bool phrase = token.Kind == QueryTokenKind.Phrase;
        bool slopFirst = phrase && _cursor.Peek().Kind == QueryTokenKind.Tilde;
        if (slopFirst && !_cursor.TryParseSlop(out slop))
        {
            return null;
        }

        bool boosted = _cursor.Peek().Kind == QueryTokenKind.Caret;
        if (_cursor.ParseOptionalBoost() is not { } factor)
        {
            return null;
        }

        if (phrase && !slopFirst && boosted && _cursor.Peek().Kind == QueryTokenKind.Tilde && !_cursor.TryParseSlop(out slop))
        {
            return null;
        }

        var span = SourceSpan.FromBounds(start, _cursor.ConsumedEnd);
        return token.Kind switch
        {
            QueryTokenKind.Phrase => new PhraseNode(field, token.Text, slop, factor, span),
            QueryTokenKind.Prefix => new PrefixNode(field, token.Text, factor, span),
            _ => new TermNode(field, token.Text, factor, span),
        };
    }

    private static bool StartsClause(QueryTokenKind kind)
    {
        return kind is QueryTokenKind.Term or QueryTokenKind.BareOperator or QueryTokenKind.Prefix or QueryTokenKind.Star
            or QueryTokenKind.Phrase or QueryTokenKind.LeftParen or QueryTokenKind.RangeStartInclusive or QueryTokenKind.RangeStartExclusive;
    }

    private static bool IsModifier(QueryTokenKind kind) => kind is QueryTokenKind.Plus or QueryTokenKind.Minus or QueryTokenKind.Not;

    // A token that cannot follow a complete clause; the message says what the character would have to be part of.
    private QueryNode? Unexpected(QueryToken token)
    {
        if (token.Kind == QueryTokenKind.Error)
        {
            return _cursor.Fail(token.Error!);
        }

        int at = token.Start;
        string message = token.Kind switch
        {
            QueryTokenKind.RightParen => $"unexpected ')' at {at}; there is no '(' to close",
            QueryTokenKind.Colon => $"unexpected ':' at {at}; a field name comes right before ':', and '\\:' searches for ':'",
            QueryTokenKind.Caret => $"unexpected '^' at {at}; one boost may follow a term, phrase, range or ')'",
            QueryTokenKind.Tilde => $"unexpected '{_cursor.Source(token)}' at {at}; only a phrase takes a slop (\"a b\"~2), and fuzzy search is not supported",
            QueryTokenKind.Unexpected => $"unexpected '{_cursor.Source(token)}' at {at}; a range is written [a TO b]",
            _ => $"unexpected {_cursor.Describe(token)} at {at}",
        };
        return _cursor.Fail(at, token.Length, message);
    }
}
