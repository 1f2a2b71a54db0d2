namespace SearchEngine.News.Entities;

/// <summary>One word of the text as the entity rules see it: its place, its shape, and what precedes it.</summary>
/// <param name="Start">The offset of the first character in the text.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="SentenceStart">True when the word opens a sentence, a line or a quotation after a sentence end.</param>
/// <param name="LineIsUpperCase">True when the word's line is an all-capitals heading.</param>
/// <param name="PrecededByBreak">True when punctuation other than a word joiner separates this word from the previous one.</param>
internal readonly record struct NameToken(int Start, int Length, bool SentenceStart, bool LineIsUpperCase, bool PrecededByBreak)
{
    /// <summary>Gets the offset just past the last character.</summary>
    public int End => Start + Length;
}
