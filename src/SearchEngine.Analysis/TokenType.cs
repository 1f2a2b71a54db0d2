namespace SearchEngine.Analysis;

/// <summary>The lexical classes the standard tokenizer distinguishes, as Lucene's StandardTokenizer types them.</summary>
public enum TokenType
{
    /// <summary>Letters and digits (Lucene's &lt;ALPHANUM&gt;).</summary>
    Word,

    /// <summary>A number such as <c>2.030</c> or <c>1.500,50</c> (&lt;NUM&gt;).</summary>
    Numeric,

    /// <summary>A run of a South East Asian script without spaces, such as Thai (&lt;SOUTHEAST_ASIAN&gt;).</summary>
    SoutheastAsian,

    /// <summary>One Han ideograph (&lt;IDEOGRAPHIC&gt;).</summary>
    Ideographic,

    /// <summary>One Hiragana character (&lt;HIRAGANA&gt;).</summary>
    Hiragana,

    /// <summary>A run of Katakana (&lt;KATAKANA&gt;).</summary>
    Katakana,

    /// <summary>A run of Hangul (&lt;HANGUL&gt;).</summary>
    Hangul,

    /// <summary>An emoji or emoji sequence (&lt;EMOJI&gt;).</summary>
    Emoji,
}
