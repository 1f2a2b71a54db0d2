namespace SearchEngine.Analysis;

/// <summary>
/// The mutable state of the current token, shared by every stage of one token stream chain.
/// </summary>
/// <remarks>
/// One instance lives as long as its chain: the tokenizer writes a token into it and each filter rewrites it
/// in place, so producing a token allocates nothing once the term buffer has grown to the longest term seen.
/// Offsets are UTF-16 code unit indexes into the original text, start inclusive and end exclusive.
/// </remarks>
public sealed class TokenAttributes
{
    private char[] termBuffer = new char[64];

    /// <summary>Gets the term text of the current token.</summary>
    public ReadOnlySpan<char> Term => termBuffer.AsSpan(0, TermLength);

    /// <summary>Gets the number of characters of the term in <see cref="TermBuffer"/>.</summary>
    public int TermLength { get; private set; }

    /// <summary>Gets the whole backing buffer, for filters that rewrite the term in place.</summary>
    public Span<char> TermBuffer => termBuffer;

    /// <summary>Gets or sets the offset of the token's first character in the original text.</summary>
    public int StartOffset { get; set; }

    /// <summary>Gets or sets the offset just past the token's last character in the original text.</summary>
    public int EndOffset { get; set; }

    /// <summary>Gets or sets the position distance from the previous token (1 for adjacent tokens).</summary>
    public int PositionIncrement { get; set; } = 1;

    /// <summary>Gets or sets a value indicating whether stemmers must leave this token unchanged.</summary>
    public bool IsKeyword { get; set; }

    /// <summary>Gets or sets the lexical class the tokenizer assigned to the token.</summary>
    public TokenType Type { get; set; }

    /// <summary>Replaces the term with a copy of <paramref name="term"/>.</summary>
    public void SetTerm(ReadOnlySpan<char> term)
    {
        EnsureCapacity(term.Length);
        term.CopyTo(termBuffer);
        TermLength = term.Length;
    }

    /// <summary>Sets the term length after a filter rewrote <see cref="TermBuffer"/> in place.</summary>
    public void SetTermLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, termBuffer.Length);
        TermLength = length;
    }

    /// <summary>Grows the term buffer to hold at least <paramref name="capacity"/> characters, keeping the term.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > termBuffer.Length)
        {
            Array.Resize(ref termBuffer, Math.Max(capacity, termBuffer.Length * 2));
        }
    }

    /// <summary>Clears the per-token flags before the tokenizer emits the next token.</summary>
    public void Clear()
    {
        TermLength = 0;
        StartOffset = 0;
        EndOffset = 0;
        PositionIncrement = 1;
        IsKeyword = false;
        Type = TokenType.Word;
    }
}
