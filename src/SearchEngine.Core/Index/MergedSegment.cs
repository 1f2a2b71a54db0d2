namespace SearchEngine.Core.Index;

/// <summary>The result of a merge: the new segment and, per source, where each old document went.</summary>
/// <param name="Info">The merged segment, written and complete.</param>
/// <param name="DocMaps">Per source, the new doc id of each old doc id, or -1 for documents deleted at merge start.</param>
internal sealed record MergedSegment(SegmentInfo Info, int[][] DocMaps);
