using System.Runtime.CompilerServices;

namespace SearchEngine.Analysis.Tokenization;

/// <summary>Looks up the <see cref="WordBreakClass"/> of a code point in the generated two-stage table.</summary>
internal static partial class WordBreakTable
{
    /// <summary>Returns the class of <paramref name="codePoint"/>; values outside Unicode are Other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBreakClass Get(int codePoint)
    {
        if ((uint)codePoint >= 0x110000u)
        {
            return WordBreakClass.Other;
        }

        int block = Stage1[codePoint >> BlockShift];
        return (WordBreakClass)Stage2[(block << BlockShift) | (codePoint & BlockMask)];
    }
}
