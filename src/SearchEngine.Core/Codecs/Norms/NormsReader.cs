using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Norms;

/// <summary>Reads the norms file of one segment (see <see cref="NormsWriter"/> for its grammar).</summary>
/// <remarks>
/// Opening verifies the whole file's checksum, which reads every byte anyway, so the norms are copied to the heap
/// at the same time: the reader then holds no file open, needs no disposal, and a scorer's per-document read is a
/// plain array index. The cost is MaxDoc bytes per scored field. Immutable and safe to share between threads.
/// </remarks>
internal sealed class NormsReader
{
    private readonly NormValues?[] byField;

    private NormsReader(int maxDoc, NormValues?[] byField)
    {
        MaxDoc = maxDoc;
        this.byField = byField;
    }

    /// <summary>Gets the number of documents the file was written for.</summary>
    public int MaxDoc { get; }

    /// <summary>
    /// Opens the norms of <paramref name="segment"/>, a segment of <paramref name="maxDoc"/> documents; throws
    /// <see cref="CorruptIndexException"/> naming the file when any byte differs from what was written or the
    /// content does not fit <paramref name="fieldInfos"/> and <paramref name="maxDoc"/>.
    /// </summary>
    public static NormsReader Open(IndexDirectory directory, string segment, FieldInfos fieldInfos, int maxDoc)
    {
        ArgumentNullException.ThrowIfNull(fieldInfos);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDoc);
        using (IndexInput input = SegmentFile.Open(directory, segment, NormsWriter.Extension, NormsWriter.Codec, NormsWriter.VersionCurrent))
        {
            int written = input.ReadVInt32();
            if (written != maxDoc)
            {
                throw input.Corrupt($"written for {written} documents, the segment has {maxDoc}");
            }
            var byField = new NormValues?[fieldInfos.Count];
            for (int number = input.ReadVInt32() - 1; number >= 0; number = input.ReadVInt32() - 1)
            {
                if (number >= fieldInfos.Count || !fieldInfos[number].HasNorms)
                {
                    throw input.Corrupt($"norms for field number {number}, which the segment does not score");
                }

                if (byField[number] is not null)
                {
                    throw input.Corrupt($"norms of field '{fieldInfos[number].Name}' appear twice");
                }

                byField[number] = new NormValues(input.ReadSpan(maxDoc).ToArray());
            }

            if (input.Position != CodecUtil.ContentEnd(input))
            {
                throw input.Corrupt($"{CodecUtil.ContentEnd(input) - input.Position} unexpected bytes after the last field");
            }

            return new NormsReader(maxDoc, byField);
        }
    }

    /// <summary>Returns the norms of <paramref name="field"/>, or null when the segment wrote none for it.</summary>
    public NormValues? GetNorms(FieldInfo field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return (uint)field.Number < (uint)byField.Length ? byField[field.Number] : null;
    }
}
