namespace SearchEngine.News.QueryParsing;

/// <summary>The kinds of token <see cref="QueryLexer"/> reads.</summary>
internal enum QueryTokenKind
{
    /// <summary>The end of the query.</summary>
    End,

    /// <summary>A word; <see cref="QueryToken.Text"/> holds it unescaped.</summary>
    Term,

    /// <summary>A <c>+</c>, <c>-</c> or <c>!</c> followed by whitespace, which Lucene searches for as a word.</summary>
    BareOperator,

    /// <summary>A word ending in an unescaped <c>*</c>; <see cref="QueryToken.Text"/> holds it without the star.</summary>
    Prefix,

    /// <summary>A <c>*</c> on its own (valid only in <c>*:*</c>).</summary>
    Star,

    /// <summary>A quoted phrase; <see cref="QueryToken.Text"/> holds the text between the quotes, unescaped.</summary>
    Phrase,

    /// <summary><c>AND</c> or <c>&amp;&amp;</c>.</summary>
    And,

    /// <summary><c>OR</c> or <c>||</c>.</summary>
    Or,

    /// <summary><c>NOT</c> or <c>!</c>.</summary>
    Not,

    /// <summary><c>+</c> before a clause.</summary>
    Plus,

    /// <summary><c>-</c> before a clause.</summary>
    Minus,

    /// <summary><c>(</c>.</summary>
    LeftParen,

    /// <summary><c>)</c>.</summary>
    RightParen,

    /// <summary><c>:</c>.</summary>
    Colon,

    /// <summary><c>^</c>; the boost number follows with no space.</summary>
    Caret,

    /// <summary><c>~</c> and the word characters after it; <see cref="QueryToken.Text"/> holds them (the slop).</summary>
    Tilde,

    /// <summary><c>[</c>, starting a range whose lower bound is included.</summary>
    RangeStartInclusive,

    /// <summary><c>{</c>, starting a range whose lower bound is excluded.</summary>
    RangeStartExclusive,

    /// <summary>Inside a range: <c>TO</c>.</summary>
    To,

    /// <summary>Inside a range: a bound; <see cref="QueryToken.Text"/> holds it unescaped, quotes removed.</summary>
    Bound,

    /// <summary>Inside a range: an unquoted <c>*</c>, an open bound.</summary>
    OpenBound,

    /// <summary>Inside a range: <c>]</c>.</summary>
    RangeEndInclusive,

    /// <summary>Inside a range: <c>}</c>.</summary>
    RangeEndExclusive,

    /// <summary>A character that starts no token here (<c>]</c> or <c>}</c> outside a range).</summary>
    Unexpected,

    /// <summary>A lexical error; <see cref="QueryToken.Error"/> says what.</summary>
    Error,
}
