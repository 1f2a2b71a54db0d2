using System.Runtime.CompilerServices;

namespace SearchEngine.Analysis.Tokenization;

/// <summary>
/// Splits text into words at Unicode UAX #29 word boundaries, the way Lucene's StandardTokenizer applies them.
/// </summary>
/// <remarks>
/// <para>
/// A token is a run of letters and digits held together by the UAX #29 joining rules: letters across
/// <c>' . : ·</c> between letters (<c>don't</c>, <c>b.t</c>), digits across <c>. , ;</c> between digits
/// (<c>2.030</c>, <c>1.500,50</c>), letters and digits directly (<c>a4</c>), anything across '_' (WB13a/b);
/// combining marks and format characters stay with the character before them (WB4). Hyphens, spaces and
/// other punctuation separate tokens and are dropped. Han ideographs and Hiragana give one token per
/// character; Katakana, Hangul and scripts written without spaces (Thai, Lao, Khmer, Myanmar) one token per
/// run; emoji sequences (ZWJ sequences, modifiers, keycaps, flags) one token each.
/// </para>
/// <para>
/// Like Lucene's scanner, matching is longest-match within a window of <see cref="MaxTokenLength"/> characters:
/// a longer word is cut into pieces of at most that length. Offsets are UTF-16 indexes; the term is the
/// original text of the token (filters lower-case it). An unpaired surrogate is treated as a non-word
/// character.
/// </para>
/// </remarks>
public sealed partial class StandardTokenizer : Tokenizer
{
    /// <summary>The longest token Lucene's StandardTokenizer emits by default.</summary>
    public const int DefaultMaxTokenLength = 255;

    private int offset;

    /// <summary>Initializes a tokenizer that cuts tokens longer than <paramref name="maxTokenLength"/> characters.</summary>
    public StandardTokenizer(int maxTokenLength = DefaultMaxTokenLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokenLength, 1);
        MaxTokenLength = maxTokenLength;
    }

    /// <summary>Gets the longest token this tokenizer emits; longer words are cut into several tokens.</summary>
    public int MaxTokenLength { get; }

    /// <inheritdoc />
    public override void Reset() => offset = 0;

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ReadOnlySpan<char> text = Input.Span;
        while (offset < text.Length)
        {
            int start = offset;
            int limit = Math.Min(text.Length, start + MaxTokenLength);
            WordBreakClass cls = ClassAt(text, start, out int width);
            int end = cls switch
            {
                WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric
                    or WordBreakClass.Katakana or WordBreakClass.ExtendNumLet => ScanWord(text, start, limit),
                WordBreakClass.SoutheastAsian or WordBreakClass.SoutheastAsianExtend => ScanSoutheastAsian(text, start, limit),
                WordBreakClass.Ideographic or WordBreakClass.Hiragana => SkipExtend(text, start + width, limit),
                WordBreakClass.Emoji or WordBreakClass.EmojiModifierBase or WordBreakClass.EmojiModifier => ScanEmoji(text, start, limit),
                WordBreakClass.Extend when text[start] == ZeroWidthJoiner && start + 1 < limit
                    && ClassAt(text, start + 1, out _) is WordBreakClass.Emoji or WordBreakClass.EmojiModifierBase
                    => ScanEmoji(text, start + 1, limit),
                WordBreakClass.RegionalIndicator => ScanFlag(text, start, limit),
                WordBreakClass.KeycapBase => ScanKeycap(text, start, limit),
                _ => -1,
            };

            if (end <= start)
            {
                offset = start + width;
                continue;
            }

            TokenType type = cls switch
            {
                WordBreakClass.SoutheastAsian or WordBreakClass.SoutheastAsianExtend => TokenType.SoutheastAsian,
                WordBreakClass.Ideographic => TokenType.Ideographic,
                WordBreakClass.Hiragana => TokenType.Hiragana,
                WordBreakClass.Emoji or WordBreakClass.EmojiModifierBase or WordBreakClass.EmojiModifier
                    or WordBreakClass.RegionalIndicator or WordBreakClass.KeycapBase or WordBreakClass.Extend => TokenType.Emoji,
                _ => WordType(text, start, end),
            };

            TokenAttributes attributes = Attributes;
            attributes.Clear();
            attributes.SetTerm(text[start..end]);
            attributes.StartOffset = start;
            attributes.EndOffset = end;
            attributes.Type = type;
            offset = end;
            return true;
        }

        return false;
    }

    /// <summary>Reads the class of the code point at <paramref name="index"/> and its width in UTF-16 units.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static WordBreakClass ClassAt(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        if (!char.IsSurrogate(c))
        {
            width = 1;
            return WordBreakTable.Get(c);
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return WordBreakTable.Get(char.ConvertToUtf32(c, text[index + 1]));
        }

        width = 1;
        return WordBreakClass.Other;
    }

    /// <summary>Advances past combining marks, format characters and ZWJ (WB4), stopping at <paramref name="limit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipExtend(ReadOnlySpan<char> text, int index, int limit)
    {
        while (index < limit
            && ClassAt(text, index, out int width) is WordBreakClass.Extend or WordBreakClass.SoutheastAsianExtend
            && index + width <= limit)
        {
            index += width;
        }

        return index;
    }

    /// <summary>Scans a run of a script written without spaces (Thai, Lao, Khmer, Myanmar) as one token.</summary>
    private static int ScanSoutheastAsian(ReadOnlySpan<char> text, int index, int limit)
    {
        while (index < limit
            && ClassAt(text, index, out int width) is WordBreakClass.SoutheastAsian or WordBreakClass.SoutheastAsianExtend
            && index + width <= limit)
        {
            index = SkipExtend(text, index + width, limit);
        }

        return index;
    }
}
