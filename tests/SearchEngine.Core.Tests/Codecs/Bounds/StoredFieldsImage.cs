using System.Buffers.Binary;

namespace SearchEngine.Core.Tests.Codecs.Bounds;

/// <summary>
/// A stored fields file taken apart by its grammar (docs/FORMAT.md) so a test can change one number and write the
/// file back with every other offset and length still consistent (blocks shift when a number's encoding grows).
/// </summary>
internal sealed class StoredFieldsImage
{
    private byte[] head = [];
    private byte[] footerStart = [];

    /// <summary>Gets the blocks in file order.</summary>
    public List<Block> Blocks { get; } = [];

    /// <summary>Gets or sets the document count the index records.</summary>
    public long MaxDoc { get; set; }

    /// <summary>Gets or sets a block count written instead of the real one.</summary>
    public long? BlockCount { get; set; }

    /// <summary>Gets or sets a length written for the first block in the index instead of its real length.</summary>
    public long? FirstBlockLength { get; set; }

    /// <summary>Gets or sets an index offset written instead of the real one.</summary>
    public long? IndexOffset { get; set; }

    public static StoredFieldsImage Parse(byte[] file)
    {
        var image = new StoredFieldsImage();
        var cursor = new FileCursor(file).SkipHeader();
        cursor.SkipString();
        image.head = file[..cursor.Position];
        long indexOffset = BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(file.Length - 24));
        while (cursor.Position < indexOffset)
        {
            var block = new Block { DocCount = cursor.ReadVInt() };
            for (long i = 0; i < block.DocCount; i++)
            {
                block.DocLengths.Add(cursor.ReadVInt());
            }

            block.CompressedLength = cursor.ReadVInt();
            block.Compressed = file[cursor.Position..(cursor.Position + (int)block.CompressedLength)];
            cursor.Skip(block.CompressedLength);
            image.Blocks.Add(block);
        }

        image.MaxDoc = cursor.ReadVInt();
        image.footerStart = file[^16..^8];
        return image;
    }

    /// <summary>Writes the file back (checksum left for <see cref="FileSurgery.WithValidChecksum"/>).</summary>
    public byte[] Write()
    {
        var bytes = new List<byte>(head);
        var index = new List<byte>();
        index.AddRange(FileSurgery.EncodeVInt(MaxDoc));
        index.AddRange(FileSurgery.EncodeVInt(BlockCount ?? Blocks.Count));
        foreach (Block block in Blocks)
        {
            int start = bytes.Count;
            bytes.AddRange(FileSurgery.EncodeVInt(block.DocCount));
            block.DocLengths.ForEach(length => bytes.AddRange(FileSurgery.EncodeVInt(length)));
            bytes.AddRange(FileSurgery.EncodeVInt(block.CompressedLength));
            bytes.AddRange(block.Compressed);
            index.AddRange(FileSurgery.EncodeVInt(block.DocLengths.Count));
            index.AddRange(FileSurgery.EncodeVInt(block == Blocks[0] && FirstBlockLength is long length ? length : bytes.Count - start));
        }

        long indexOffset = IndexOffset ?? bytes.Count;
        bytes.AddRange(index);
        bytes.AddRange(BitConverter.GetBytes(indexOffset));
        bytes.AddRange(footerStart);
        bytes.AddRange(new byte[8]);
        return [.. bytes];
    }

    internal sealed class Block
    {
        public long DocCount { get; set; }

        public List<long> DocLengths { get; } = [];

        public long CompressedLength { get; set; }

        public byte[] Compressed { get; set; } = [];
    }
}
