using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <summary>One segment going into a merge: its open files and its live documents when the merge started.</summary>
/// <param name="Core">The segment's open files (a reference is held for the merge).</param>
/// <param name="LiveDocs">The live documents at the start of the merge, or null when all were live.</param>
internal sealed record MergeSource(SegmentCore Core, FixedBitSet? LiveDocs);
