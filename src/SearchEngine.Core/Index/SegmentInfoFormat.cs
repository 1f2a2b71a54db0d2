using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <summary>
/// Writes and reads a segment's <c>.si</c> file.
/// </summary>
/// <remarks>
/// Grammar (version 2; version 1 lacks <c>Id</c> and is still read, its segments having an empty id):
/// <code>
/// SegmentInfo := Header("SearchEngine.SegmentInfo", 2) Name:string Id:byte^16 MaxDoc:int32
///                FieldCount:VInt Field^FieldCount FileCount:VInt File:string^FileCount
///                DiagnosticCount:VInt (Key:string Value:string)^DiagnosticCount Footer
/// Field       := Name:string Number:VInt IndexOptions:byte HasNorms:byte DocValuesType:byte
/// </code>
/// </remarks>
internal static class SegmentInfoFormat
{
    /// <summary>The extension of segment info files.</summary>
    public const string Extension = "si";

    /// <summary>The length in bytes of a segment or commit id.</summary>
    public const int IdLength = 16;

    private const string Codec = "SearchEngine.SegmentInfo";
    private const int VersionWithoutIds = 1;
    private const int Version = 2;

    /// <summary>Writes <paramref name="info"/> to <c>NAME.si</c> and returns the file name.</summary>
    public static string Write(IndexDirectory directory, SegmentInfo info)
    {
        string file = IndexFileNames.SegmentFile(info.Name, Extension);
        using IndexOutput output = directory.CreateOutput(file);
        CodecUtil.WriteHeader(output, Codec, Version);
        output.WriteString(info.Name);
        WriteId(output, info.Id);
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
        (IndexInput input, int version) = CodecUtil.OpenChecked(directory, IndexFileNames.SegmentFile(name, Extension), Codec, VersionWithoutIds, Version);
        using (input)
        {
            string stored = input.ReadString();
            if (stored != name)
            {
                throw input.Corrupt($"names segment '{stored}', expected '{name}'");
            }

            Guid id = version >= 2 ? ReadId(input) : Guid.Empty;
            int maxDoc = input.ReadInt32();
            if (maxDoc < 0)
            {
                throw input.Corrupt($"negative document count {maxDoc}");
            }

            // A field takes at least 5 bytes (empty name, number, three flags), a file name 1, a diagnostic 2.
            int fieldCount = input.CheckCount(input.ReadVInt32(), 5, "field count", CodecUtil.FooterLength);
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

            int fileCount = input.CheckCount(input.ReadVInt32(), 1, "file count", CodecUtil.FooterLength);
            var files = new List<string>(fileCount);
            for (int i = 0; i < fileCount; i++)
            {
                files.Add(input.ReadString());
            }

            int diagnosticCount = input.CheckCount(input.ReadVInt32(), 2, "diagnostic count", CodecUtil.FooterLength);
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
                return new SegmentInfo(name, maxDoc, new FieldInfos(fields), files, diagnostics, id);
            }
            catch (ArgumentException ex)
            {
                throw new CorruptIndexException(input.Name, ex.Message, ex);
            }
        }
    }

    /// <summary>Writes a 16-byte id.</summary>
    public static void WriteId(IndexOutput output, Guid id)
    {
        Span<byte> bytes = stackalloc byte[IdLength];
        id.TryWriteBytes(bytes);
        output.WriteBytes(bytes);
    }

    /// <summary>Reads a 16-byte id; an all-zero id is corruption (ids are random).</summary>
    public static Guid ReadId(IndexInput input)
    {
        var id = new Guid(input.ReadSpan(IdLength));
        if (id == Guid.Empty)
        {
            throw input.Corrupt("an all-zero id");
        }

        return id;
    }
}
