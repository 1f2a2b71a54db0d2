using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Passes another scorer's documents through unchanged while setting a bit for each live one, so a top-k
/// collector that walks every match (no pruning) fills the facet bit set in the same pass.
/// </summary>
/// <remarks>
/// Wrapping the scorer instead of adding a hook to the collectors keeps them untouched and works for both the
/// relevance and the sorted collector. It relies on those collectors visiting documents with
/// <see cref="NextDoc"/> only when not pruning; <see cref="Advance"/> still records what it lands on, but a
/// caller that jumps would leave out the documents it jumped over.
/// </remarks>
internal sealed class RecordingScorer : Scorer
{
    private readonly Scorer inner;
    private readonly SegmentReader reader;

    /// <summary>Initializes a scorer recording the live documents of <paramref name="inner"/> on <paramref name="reader"/> into <paramref name="bits"/>.</summary>
    public RecordingScorer(Scorer inner, SegmentReader reader, FixedBitSet bits)
    {
        this.inner = inner;
        this.reader = reader;
        Bits = bits;
    }

    /// <summary>Gets the bit set the live matches are recorded in.</summary>
    public FixedBitSet Bits { get; }

    /// <summary>Gets the number of live matches recorded so far.</summary>
    public int Count { get; private set; }

    /// <inheritdoc />
    public override int DocId => inner.DocId;

    /// <inheritdoc />
    public override long Cost => inner.Cost;

    /// <inheritdoc />
    public override int NextDoc() => Record(inner.NextDoc());

    /// <inheritdoc />
    public override int Advance(int target) => Record(inner.Advance(target));

    /// <inheritdoc />
    public override float Score() => inner.Score();

    /// <summary>Records every remaining live match, for a pass that needs no hits.</summary>
    public void Drain()
    {
        for (int doc = NextDoc(); doc != NoMoreDocs; doc = NextDoc())
        {
        }
    }

    private int Record(int doc)
    {
        if (doc != NoMoreDocs && reader.IsLive(doc))
        {
            Bits.Set(doc);
            Count++;
        }

        return doc;
    }
}
