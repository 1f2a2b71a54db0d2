using System.Text;

namespace SearchEngine.Analysis.Filters;

/// <summary>Lower-cases each term code point by code point with the invariant simple case mapping, as Lucene's LowerCaseFilter does.</summary>
/// <remarks>Simple case mapping never changes a code point's UTF-16 length, so the term is rewritten in place.</remarks>
public sealed class LowerCaseFilter : TokenFilter
{
    /// <summary>Initializes a filter that lower-cases the tokens of <paramref name="input"/>.</summary>
    public LowerCaseFilter(TokenStream input)
        : base(input)
    {
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!Input.IncrementToken())
        {
            return false;
        }

        Span<char> term = Attributes.TermBuffer[..Attributes.TermLength];
        for (int i = 0; i < term.Length; i++)
        {
            char c = term[i];
            if (c < 0x80)
            {
                // ASCII fast path: most Danish and Dutch text.
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    term[i] = (char)(c | 0x20);
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < term.Length && char.IsLowSurrogate(term[i + 1]))
            {
                Rune lower = Rune.ToLowerInvariant(new Rune(c, term[i + 1]));
                lower.EncodeToUtf16(term.Slice(i, 2));
                i++;
            }
            else if (!char.IsSurrogate(c))
            {
                term[i] = char.ToLowerInvariant(c);
            }
        }

        return true;
    }
}
