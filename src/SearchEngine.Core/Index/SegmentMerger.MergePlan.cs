namespace SearchEngine.Core.Index;

/// <content>What every part of a merge reads: sources, doc maps and how source fields map to merged fields.</content>
internal static partial class SegmentMerger
{
    /// <summary>The inputs of one merge, with field lookups computed once instead of per document or per term.</summary>
    private sealed class MergePlan
    {
        // Per merged field number and per source: the source's field of the same name, or null.
        private readonly FieldInfo?[][] sourceFields;

        public MergePlan(IReadOnlyList<MergeSource> sources, int[][] docMaps, int maxDoc, FieldInfos fieldInfos)
        {
            Sources = sources;
            DocMaps = docMaps;
            MaxDoc = maxDoc;
            FieldInfos = fieldInfos;
            sourceFields = new FieldInfo?[fieldInfos.Count][];
            foreach (FieldInfo field in fieldInfos)
            {
                var perSource = new FieldInfo?[sources.Count];
                for (int s = 0; s < sources.Count; s++)
                {
                    perSource[s] = sources[s].Core.Info.FieldInfos.Find(field.Name);
                }

                sourceFields[field.Number] = perSource;
            }

            MergedFields = new FieldInfo[sources.Count][];
            for (int s = 0; s < sources.Count; s++)
            {
                FieldInfos own = sources[s].Core.Info.FieldInfos;
                var map = new FieldInfo[own.Count];
                foreach (FieldInfo field in own)
                {
                    map[field.Number] = fieldInfos.Find(field.Name)!;
                }

                MergedFields[s] = map;
            }
        }

        /// <summary>Gets the segments being merged, in the order their documents go into the new segment.</summary>
        public IReadOnlyList<MergeSource> Sources { get; }

        /// <summary>Gets, per source, the new doc id of every old doc id (-1: not live).</summary>
        public int[][] DocMaps { get; }

        /// <summary>Gets the new segment's document count (the live documents of all sources).</summary>
        public int MaxDoc { get; }

        /// <summary>Gets the new segment's fields.</summary>
        public FieldInfos FieldInfos { get; }

        /// <summary>Gets, per source and per source field number, the merged field of the same name.</summary>
        public FieldInfo[][] MergedFields { get; }

        /// <summary>Returns source <paramref name="source"/>'s field named like <paramref name="merged"/>, or null when it has none.</summary>
        public FieldInfo? SourceField(int source, FieldInfo merged) => sourceFields[merged.Number][source];
    }
}
