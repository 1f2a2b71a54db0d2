using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <summary>
/// Writes and reads a segment's <c>.si</c> file.
/// </summary>
/// <remarks>
/// Grammar:
/// <code>
/// SegmentInfo := Header("SearchEngine.SegmentInfo", 1) Name:string MaxDoc:int32
///                FieldCount:VInt Field^FieldCount FileCount:VInt File:string^FileCount
///                DiagnosticCount:VInt (Key:string Value:string)^DiagnosticCount Footer
/// Field       := Name:string Number:VInt IndexOptions:byte HasNorms:byte DocValuesType:byte
/// </code>
/// </remarks>
internal static class SegmentInfoFormat
{
    /// <summary>The extension of segment info files.</summary>
    public const string Extension = "si";

    private const string Codec = "SearchEngine.SegmentInfo";
    private const int Version = 1;

    /// <summary>Writes <paramref name="info"/> to <c>NAME.si</c> and returns the file name.</summary>
    public static string Write(IndexDirectory directory, SegmentInfo info)
    {
        string file = IndexFileNames.SegmentFile(info.Name, Extension);
        using IndexOutput output = directory.CreateOutput(file);
        CodecUtil.WriteHeader(output, Codec, Version);
        output.WriteString(info.Name);
        output.WriteInt32(info.MaxDoc);
        output.WriteVInt32(info.FieldInfos.Count);
        foreach (FieldInfo field in info.FieldInfos)
        {
            output.WriteString(field.Name);
            output.WriteVInt32(field.Number);
            output.WriteByte((byte)field.IndexOptions);
            output.WriteByte(field.HasNorms ? (byte)1 : (byte)0);
            output.WriteByte((byte)field.DocValues);
        }

        output.WriteVInt32(info.Files.Count);
        foreach (string name in info.Files)
        {
            output.WriteString(name);
        }

        output.WriteVInt32(info.Diagnostics.Count);
        foreach ((string key, string value) in info.Diagnostics.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteString(key);
            output.WriteString(value);
        }

        CodecUtil.WriteFooter(output, Version);
        return file;
    }

    /// <summary>Reads and verifies segment <paramref name="name"/>'s info file.</summary>
    public static SegmentInfo Read(IndexDirectory directory, string name)
    {
        (IndexInput input, _) = CodecUtil.OpenChecked(directory, IndexFileNames.SegmentFile(name, Extension), Codec, Version, Version);
        using (input)
        {
            string stored = input.ReadString();
            if (stored != name)
            {
                throw input.Corrupt($"names segment '{stored}', expected '{name}'");
            }

            int maxDoc = input.ReadInt32();
            if (maxDoc < 0)
            {
                throw input.Corrupt($"negative document count {maxDoc}");
            }

            int fieldCount = input.ReadVInt32();
            var fields = new List<FieldInfo>(fieldCount);
            for (int i = 0; i < fieldCount; i++)
            {
                string fieldName = input.ReadString();
                int number = input.ReadVInt32();
                byte options = input.ReadByte();
                byte norms = input.ReadByte();
                byte docValues = input.ReadByte();
                if (number != i || options > (byte)IndexOptions.DocsAndFreqsAndPositionsAndOffsets || norms > 1 || docValues > (byte)DocValuesType.SortedSet)
                {
                    throw input.Corrupt($"field '{fieldName}' has an invalid description");
                }

                fields.Add(new FieldInfo(fieldName, number, (IndexOptions)options, norms == 1, (DocValuesType)docValues));
            }

            int fileCount = input.ReadVInt32();
            var files = new List<string>(fileCount);
            for (int i = 0; i < fileCount; i++)
            {
                files.Add(input.ReadString());
            }

            int diagnosticCount = input.ReadVInt32();
            var diagnostics = new Dictionary<string, string>(diagnosticCount, StringComparer.Ordinal);
            for (int i = 0; i < diagnosticCount; i++)
            {
                diagnostics[input.ReadString()] = input.ReadString();
            }

            if (input.Position != CodecUtil.ContentEnd(input))
            {
                throw input.Corrupt("unexpected bytes after the segment description");
            }

            try
            {
                return new SegmentInfo(name, maxDoc, new FieldInfos(fields), files, diagnostics);
            }
            catch (ArgumentException ex)
            {
                throw new CorruptIndexException(input.Name, ex.Message, ex);
            }
        }
    }
}
