namespace SearchEngine.News.Highlighting;

/// <summary>Trims and cuts stretches of text at whitespace, and finds a text's opening for the unmatched fallback.</summary>
internal static class TextBounds
{
    /// <summary>Returns [<paramref name="start"/>, <paramref name="end"/>) without leading and trailing whitespace.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>
    /// Returns the index of the last whitespace in (<paramref name="from"/>, <paramref name="to"/>], a word
    /// boundary to cut at; without one, <paramref name="to"/>, moved off the middle of a surrogate pair.
    /// </summary>
    public static int LastBreak(string text, int from, int to)
    {
        for (int i = to; i > from; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return to - 1 > from && char.IsLowSurrogate(text[to]) ? to - 1 : to;
    }

    /// <summary>
    /// Returns the opening of <paramref name="text"/>: whole sentences from the start while they fit in
    /// <paramref name="limit"/> characters, or the first sentence cut at a word boundary when it alone is longer.
    /// </summary>
    public static (int Start, int End) Opening(string text, int limit)
    {
        (int start, int textEnd) = Trim(text, 0, text.Length);
        int end = start;
        int sentence = start;
        while (sentence < textEnd)
        {
            int next = SentenceBreaker.Next(text, sentence);
            (int first, int last) = Trim(text, sentence, next);
            if (last - start > limit)
            {
                break;
            }

            end = last > first ? last : end;
            sentence = next;
        }

        if (end == start && start < textEnd)
        {
            end = start + limit >= textEnd ? textEnd : Trim(text, start, LastBreak(text, start, start + limit)).End;
        }

        return (start, end);
    }
}
