using SearchEngine.Core.Codecs.StoredFields;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <content>Stored fields: every live document is visited in its source and rewritten under the merged field numbers.</content>
internal static partial class SegmentMerger
{
    private static void WriteStoredFields(IndexDirectory directory, string name, MergePlan plan)
    {
        using var writer = new StoredFieldsWriter(directory, name);
        var visitor = new ForwardingVisitor(writer);
        for (int s = 0; s < plan.Sources.Count; s++)
        {
            StoredFieldsReader reader = plan.Sources[s].Core.StoredFields;
            int[] docMap = plan.DocMaps[s];
            visitor.MergedFields = plan.MergedFields[s];
            for (int doc = 0; doc < docMap.Length; doc++)
            {
                if (docMap[doc] < 0)
                {
                    continue;
                }

                writer.StartDocument();
                reader.VisitDocument(doc, visitor);
                writer.FinishDocument();
            }
        }

        writer.Finish(plan.MaxDoc);
    }

    /// <summary>
    /// Copies every stored value of a source document into the writer's open document, renumbered to the merged
    /// field; one instance serves the whole merge, so a value costs nothing beyond its own decoding.
    /// </summary>
    private sealed class ForwardingVisitor(StoredFieldsWriter writer) : StoredFieldVisitor
    {
        /// <summary>Gets or sets the current source's field number to merged field map.</summary>
        public FieldInfo[] MergedFields { get; set; } = [];

        public override StoredFieldStatus NeedsField(FieldInfo field) => StoredFieldStatus.Yes;

        public override void StringField(FieldInfo field, string value) => writer.WriteString(MergedFields[field.Number], value);

        public override void Int64Field(FieldInfo field, long value) => writer.WriteInt64(MergedFields[field.Number], value);
    }
}
