using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index.Inversion;

/// <summary>A segment just written by a flush, with the documents deleted while it was buffered.</summary>
/// <param name="Info">The written segment.</param>
/// <param name="Deleted">The documents deleted before the flush, or null when none were.</param>
internal sealed record FlushedSegment(SegmentInfo Info, FixedBitSet? Deleted);
