using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>One segment of the searched reader, with its position in the index-wide doc id space.</summary>
/// <param name="Reader">The segment.</param>
/// <param name="DocBase">The index-wide id of the segment's document 0.</param>
/// <param name="Ordinal">The segment's index in the reader.</param>
internal sealed record LeafContext(SegmentReader Reader, int DocBase, int Ordinal);
