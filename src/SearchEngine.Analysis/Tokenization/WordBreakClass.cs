namespace SearchEngine.Analysis.Tokenization;

/// <summary>
/// The word-break classes StandardTokenizer distinguishes: the UAX #29 Word_Break values its grammar uses,
/// plus the script and emoji classes Lucene's grammar adds for characters UAX #29 leaves as Other.
/// </summary>
/// <remarks>The numeric values are stored in the generated table; keep them in sync with tools/unicode/gen_wordbreak.py.</remarks>
internal enum WordBreakClass : byte
{
    /// <summary>Anything that neither forms nor joins a token.</summary>
    Other = 0,

    /// <summary>Letters (Word_Break=ALetter).</summary>
    ALetter = 1,

    /// <summary>Hebrew letters, which also take a trailing apostrophe (WB7a).</summary>
    HebrewLetter = 2,

    /// <summary>Digits (Word_Break=Numeric and full-width digits).</summary>
    Numeric = 3,

    /// <summary>Katakana, which joins only Katakana and connectors.</summary>
    Katakana = 4,

    /// <summary>Connector punctuation such as '_' that joins letters, digits and Katakana (WB13a/b).</summary>
    ExtendNumLet = 5,

    /// <summary>Joins two letters, e.g. ':' and '·' (WB6/7).</summary>
    MidLetter = 6,

    /// <summary>Joins two digits, e.g. ',' and ';' (WB11/12).</summary>
    MidNum = 7,

    /// <summary>Joins two letters or two digits, e.g. '.' and '’'.</summary>
    MidNumLet = 8,

    /// <summary>The ASCII apostrophe, which joins like MidNumLet.</summary>
    SingleQuote = 9,

    /// <summary>The ASCII double quote, which joins Hebrew letters (WB7b/c).</summary>
    DoubleQuote = 10,

    /// <summary>Combining marks, format characters and ZWJ, absorbed into the preceding character (WB4).</summary>
    Extend = 11,

    /// <summary>Regional indicator symbols, which pair into flags.</summary>
    RegionalIndicator = 12,

    /// <summary>Han ideographs: one token each.</summary>
    Ideographic = 13,

    /// <summary>Hiragana: one token each.</summary>
    Hiragana = 14,

    /// <summary>Scripts written without spaces (Line_Break=Complex_Context, e.g. Thai): one token per run.</summary>
    SoutheastAsian = 15,

    /// <summary>Pictographic emoji.</summary>
    Emoji = 16,

    /// <summary>'#' and '*', emoji only as the base of a keycap sequence.</summary>
    KeycapBase = 17,

    /// <summary>
    /// Combining marks of South East Asian scripts: Extend after any character, and also the start or part of
    /// a South East Asian run, as in Lucene's grammar.
    /// </summary>
    SoutheastAsianExtend = 18,

    /// <summary>Skin-tone modifiers: part of the emoji before them when that takes modifiers, else an emoji of their own.</summary>
    EmojiModifier = 19,

    /// <summary>Pictographic emoji that take a skin-tone modifier.</summary>
    EmojiModifierBase = 20,
}
