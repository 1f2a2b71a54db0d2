namespace SearchEngine.Analysis.Tokenization;

/// <content>The word and number automaton: UAX #29 rules WB4 through WB13b as Lucene's grammar combines them.</content>
public sealed partial class StandardTokenizer
{
    /// <summary>What the word automaton consumed last; decides which characters may follow.</summary>
    private enum WordState
    {
        Start,
        Letter,
        HebrewLetter,
        Numeric,
        Katakana,
        ExtendNumLet,

        /// <summary>A Hebrew letter followed by an apostrophe (WB7a): letters and digits may follow, no mid character.</summary>
        HebrewQuote,
    }

    /// <summary>
    /// Returns the end of the longest word or number starting at <paramref name="start"/> within
    /// <paramref name="limit"/>, or -1 when the run holds only connectors ('_'), which is no token.
    /// </summary>
    /// <remarks>
    /// A mid character (<c>' . , : ;</c> ...) is consumed only together with the letter or digit after it,
    /// so every position the loop reaches after an atom is an accepting one; a trailing connector
    /// ('_') is part of the token, as in Lucene.
    /// </remarks>
    private static int ScanWord(ReadOnlySpan<char> text, int start, int limit)
    {
        WordState state = WordState.Start;
        bool hasCore = false;
        bool joinedByMid = false;
        int accept = -1;
        int index = start;
        while (index < limit)
        {
            WordBreakClass cls = ClassAt(text, index, out int width);
            if (index + width > limit)
            {
                break;
            }

            WordState next;
            switch (cls)
            {
                case WordBreakClass.ALetter:
                case WordBreakClass.HebrewLetter:
                    if (state == WordState.Katakana)
                    {
                        return accept;
                    }

                    next = cls == WordBreakClass.HebrewLetter ? WordState.HebrewLetter : WordState.Letter;
                    break;
                case WordBreakClass.Numeric:
                    if (state == WordState.Katakana)
                    {
                        return accept;
                    }

                    next = WordState.Numeric;
                    break;
                case WordBreakClass.Katakana:
                    if (state is WordState.Letter or WordState.HebrewLetter or WordState.Numeric or WordState.HebrewQuote)
                    {
                        return accept;
                    }

                    next = WordState.Katakana;
                    break;
                case WordBreakClass.ExtendNumLet:
                    next = WordState.ExtendNumLet;
                    break;
                case WordBreakClass.MidLetter:
                case WordBreakClass.MidNum:
                case WordBreakClass.MidNumLet:
                case WordBreakClass.SingleQuote:
                case WordBreakClass.DoubleQuote:
                    int after = JoinedBy(text, index + width, limit, state, cls);
                    if (after < 0)
                    {
                        if (state == WordState.HebrewLetter && cls == WordBreakClass.SingleQuote && !joinedByMid)
                        {
                            // WB7a: a Hebrew letter keeps a following apostrophe even at the end of the word
                            // (in Lucene's grammar only a letter that was not itself joined across a mid character).
                            index = SkipExtend(text, index + width, limit);
                            state = WordState.HebrewQuote;
                            accept = index;
                            continue;
                        }

                        return accept;
                    }

                    // The mid character and its extenders are consumed; the atom after it is read next.
                    index = after;
                    joinedByMid = true;
                    continue;
                default:
                    return accept;
            }

            index = SkipExtend(text, index + width, limit);
            joinedByMid &= state != next;
            state = next;
            hasCore |= next != WordState.ExtendNumLet;
            if (hasCore)
            {
                accept = index;
            }
        }

        return accept;
    }

    /// <summary>
    /// Returns the index of the atom after a mid character when that atom may be joined across it
    /// (letters across MidLetter, digits across MidNum, Hebrew letters across '"'), otherwise -1.
    /// </summary>
    private static int JoinedBy(ReadOnlySpan<char> text, int index, int limit, WordState state, WordBreakClass mid)
    {
        index = SkipExtend(text, index, limit);
        if (index >= limit)
        {
            return -1;
        }

        WordBreakClass following = ClassAt(text, index, out int width);
        if (index + width > limit)
        {
            return -1;
        }

        bool letterBefore = state is WordState.Letter or WordState.HebrewLetter;
        bool letterAfter = following is WordBreakClass.ALetter or WordBreakClass.HebrewLetter;
        bool joins = mid switch
        {
            WordBreakClass.MidLetter => letterBefore && letterAfter,
            WordBreakClass.MidNum => state == WordState.Numeric && following == WordBreakClass.Numeric,
            WordBreakClass.MidNumLet or WordBreakClass.SingleQuote =>
                (letterBefore && letterAfter) || (state == WordState.Numeric && following == WordBreakClass.Numeric),
            WordBreakClass.DoubleQuote => state == WordState.HebrewLetter && following == WordBreakClass.HebrewLetter,
            _ => false,
        };
        return joins ? index : -1;
    }

    /// <summary>Types a word token the way Lucene's grammar does: numbers, pure Katakana, pure Hangul, else word.</summary>
    private static TokenType WordType(ReadOnlySpan<char> text, int start, int end)
    {
        bool letters = false;
        bool katakanaOnly = true;
        bool hangulOnly = true;
        for (int i = start; i < end;)
        {
            WordBreakClass cls = ClassAt(text, i, out int width);
            switch (cls)
            {
                case WordBreakClass.ALetter:
                case WordBreakClass.HebrewLetter:
                    letters = true;
                    katakanaOnly = false;
                    hangulOnly &= IsHangul(text[i]);
                    break;
                case WordBreakClass.Katakana:
                    letters = true;
                    hangulOnly = false;
                    break;
                case WordBreakClass.Extend:
                    break;
                default:
                    katakanaOnly = false;
                    hangulOnly = false;
                    break;
            }

            i += width;
        }

        if (!letters)
        {
            return TokenType.Numeric;
        }

        return katakanaOnly ? TokenType.Katakana : hangulOnly ? TokenType.Hangul : TokenType.Word;
    }

    private static bool IsHangul(char c) =>
        c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F')
            or (>= '\uA960' and <= '\uA97F') or (>= '\uD7B0' and <= '\uD7FF') or (>= '\uFFA0' and <= '\uFFDC');
}
