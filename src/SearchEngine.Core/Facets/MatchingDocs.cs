using SearchEngine.Core.Search;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Facets;

/// <summary>The live documents of one segment that matched a search, as a bit set over the segment's doc ids.</summary>
/// <remarks>
/// A bit set rather than a doc id array: it costs MaxDoc / 8 bytes whatever the number of hits, needs no growing
/// while collecting, and <see cref="FixedBitSet.NextSetBit"/> walks it in doc id order, the order doc values
/// are cheapest to read in. Treat <see cref="Bits"/> as read-only; counting code shares it.
/// </remarks>
/// <param name="Leaf">The segment.</param>
/// <param name="Bits">The matching live documents, by segment doc id.</param>
/// <param name="Count">The number of set bits.</param>
internal sealed record MatchingDocs(LeafContext Leaf, FixedBitSet Bits, int Count);
