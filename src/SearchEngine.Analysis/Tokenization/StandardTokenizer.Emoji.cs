namespace SearchEngine.Analysis.Tokenization;

/// <content>Emoji sequences (Unicode TR #51): each one token, as in Lucene's grammar.</content>
public sealed partial class StandardTokenizer
{
    private const char ZeroWidthJoiner = '\u200D';
    private const char PresentationSelector = '\uFE0F';
    private const char CombiningKeycap = '\u20E3';

    /// <summary>
    /// Scans an emoji sequence: emoji joined by ZWJ, each with its skin-tone modifier and extenders
    /// (presentation selector, tag characters, combining marks); returns its end.
    /// </summary>
    /// <remarks>
    /// Follows Lucene's grammar on its edge cases: a presentation selector right after the emoji ends it, a
    /// lone skin-tone modifier takes no presentation selector, and a trailing ZWJ stays with the emoji.
    /// </remarks>
    private static int ScanEmoji(ReadOnlySpan<char> text, int start, int limit)
    {
        int index = start;
        while (true)
        {
            WordBreakClass cls = ClassAt(text, index, out int width);
            int end = index + width;
            bool modifierAlone = cls == WordBreakClass.EmojiModifier;
            if (cls == WordBreakClass.EmojiModifierBase && end + 2 <= limit && IsEmojiModifier(text, end))
            {
                end += 2;
            }

            if (end < limit && text[end] == PresentationSelector)
            {
                // A presentation sequence (emoji + U+FE0F) ends the element, unless a modifier stands alone.
                if (modifierAlone)
                {
                    return end;
                }

                end++;
                if (end + 1 >= limit || text[end] != ZeroWidthJoiner || !IsEmoji(ClassAt(text, end + 1, out _)))
                {
                    return end;
                }

                index = end + 1;
                continue;
            }

            while (end < limit
                && ClassAt(text, end, out width) is WordBreakClass.Extend or WordBreakClass.SoutheastAsianExtend
                && end + width <= limit)
            {
                end += width;
                if (text[end - 1] == ZeroWidthJoiner && end < limit
                    && IsEmoji(ClassAt(text, end, out int nextWidth)) && end + nextWidth <= limit)
                {
                    break;
                }
            }

            if (text[end - 1] != ZeroWidthJoiner || end >= limit || !IsEmoji(ClassAt(text, end, out _)))
            {
                return end;
            }

            index = end;
        }
    }

    /// <summary>Tells whether a class starts an emoji element.</summary>
    private static bool IsEmoji(WordBreakClass cls) =>
        cls is WordBreakClass.Emoji or WordBreakClass.EmojiModifierBase or WordBreakClass.EmojiModifier;

    /// <summary>Tells whether a skin-tone modifier (U+1F3FB..U+1F3FF, a surrogate pair) starts at <paramref name="index"/>.</summary>
    private static bool IsEmojiModifier(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && text[index] == '\uD83C' && text[index + 1] is >= '\uDFFB' and <= '\uDFFF';

    /// <summary>Scans a pair of regional indicators (a flag); a lone indicator is no token (-1).</summary>
    private static int ScanFlag(ReadOnlySpan<char> text, int start, int limit)
    {
        ClassAt(text, start, out int width);
        int second = SkipExtend(text, start + width, limit);
        if (second >= limit || ClassAt(text, second, out int secondWidth) != WordBreakClass.RegionalIndicator
            || second + secondWidth > limit)
        {
            return -1;
        }

        return SkipExtend(text, second + secondWidth, limit);
    }

    /// <summary>
    /// Scans a keycap sequence: '#', '*' or a digit, extenders, an optional U+FE0F, U+20E3 and extenders other
    /// than U+FE0F; anything else is no keycap (-1).
    /// </summary>
    private static int ScanKeycap(ReadOnlySpan<char> text, int start, int limit)
    {
        int index = start + 1;
        while (index < limit && text[index] is not CombiningKeycap and not PresentationSelector
            && ClassAt(text, index, out int width) is WordBreakClass.Extend && index + width <= limit)
        {
            index += width;
        }

        if (index < limit && text[index] == PresentationSelector)
        {
            index++;
        }

        if (index >= limit || text[index] != CombiningKeycap)
        {
            return -1;
        }

        index++;
        while (index < limit && text[index] != PresentationSelector
            && ClassAt(text, index, out int width) is WordBreakClass.Extend && index + width <= limit)
        {
            index += width;
        }

        return index;
    }
}
