using System.Runtime.CompilerServices;
using SearchEngine.Core.Index;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Codecs.DocValues;

/// <summary>Numeric doc values decoded from packed <c>(value - min) / gcd</c> quotients (see <see cref="DocValuesWriter"/>).</summary>
internal sealed class PackedNumericDocValues : NumericDocValues
{
    private readonly PackedInts quotients;
    private readonly long min;
    private readonly ulong gcd;
    private readonly FixedBitSet? docsWithValue;

    public PackedNumericDocValues(PackedInts quotients, long min, ulong gcd, FixedBitSet? docsWithValue)
    {
        this.quotients = quotients;
        this.min = min;
        this.gcd = gcd;
        this.docsWithValue = docsWithValue;
    }

    /// <inheritdoc />
    public override int MaxDoc => quotients.Count;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool TryGet(int docId, out long value)
    {
        // Range-checks docId for both arrays: the quotients have exactly MaxDoc entries.
        ulong quotient = quotients.Get(docId);
        if (docsWithValue is not null && !docsWithValue.Get(docId))
        {
            value = 0;
            return false;
        }

        value = unchecked(min + (long)(quotient * gcd));
        return true;
    }
}
