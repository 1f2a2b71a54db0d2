using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Tests;

namespace SearchEngine.Core.Tests.Codecs.Bounds;

/// <summary>
/// Files with a valid checksum but one count, length, width or offset set out of range (huge or nonsensical):
/// opening, reading or verifying reports a <see cref="CorruptIndexException"/> naming the file, never an
/// OutOfMemory, IndexOutOfRange or any other crash, and the verifier always names the file.
/// </summary>
public sealed class CraftedFileTests(SmallIndex index) : IClassFixture<SmallIndex>, IDisposable
{
    private readonly TempDirectory temp = new();

    /// <summary>Where the damage must show first.</summary>
    public enum Stage
    {
        /// <summary>Opening the index fails.</summary>
        Open,

        /// <summary>Opening works (the damage is in data read lazily); reading it fails.</summary>
        Read,

        /// <summary>Reading works (the values are wrong but harmless); only the verifier's cross-checks find it.</summary>
        Verify,
    }

    [Theory]
    [InlineData("tip", "field count", Stage.Open)]
    [InlineData("tip", "term count", Stage.Open)]
    [InlineData("tip", "doc count", Stage.Open)]
    [InlineData("tip", "block count", Stage.Open)]
    [InlineData("tip", "index entry suffix length", Stage.Open)]
    [InlineData("tim", "block entry count", Stage.Read)]
    [InlineData("tim", "suffix section length", Stage.Read)]
    [InlineData("tim", "term suffix length", Stage.Read)]
    [InlineData("tim", "document frequency", Stage.Read)]
    [InlineData("doc", "packed bits per value", Stage.Read)]
    [InlineData("doc", "packed document deltas", Stage.Read)]
    [InlineData("doc", "tail document delta", Stage.Read)]
    [InlineData("doc", "skip last document", Stage.Read)]
    [InlineData("doc", "skip impacts length", Stage.Read)]
    [InlineData("pos", "position delta", Stage.Verify)]
    [InlineData("nrm", "max doc", Stage.Open)]
    [InlineData("nrm", "field number", Stage.Open)]
    [InlineData("fdt", "index offset", Stage.Open)]
    [InlineData("fdt", "index max doc", Stage.Open)]
    [InlineData("fdt", "index block count", Stage.Open)]
    [InlineData("fdt", "index block length", Stage.Open)]
    [InlineData("fdt", "block document count", Stage.Open)]
    [InlineData("fdt", "first document length", Stage.Open)]
    [InlineData("fdt", "compressed length", Stage.Open)]
    [InlineData("fdt", "last document length", Stage.Read)]
    [InlineData("dv", "max doc", Stage.Open)]
    [InlineData("dv", "field number", Stage.Open)]
    [InlineData("dv", "numeric width 64", Stage.Open)]
    [InlineData("dv", "numeric width 65", Stage.Open)]
    [InlineData("dv", "sorted-set value count", Stage.Open)]
    [InlineData("dv", "sorted-set value bytes", Stage.Open)]
    [InlineData("dv", "sorted-set ordinal count", Stage.Open)]
    [InlineData("dv", "sorted-set ordinals", Stage.Open)]
    [InlineData("liv", "max doc", Stage.Open)]
    [InlineData("liv", "deleted count", Stage.Open)]
    public void AnOutOfRangeNumberUnderAValidChecksumIsACorruptIndexNamingTheFile(string extension, string number, Stage stage)
    {
        string file = index.FileOf(extension);
        byte[] pristine = index.Files[file];
        byte[] crafted = FileSurgery.WithValidChecksum(Craft(extension, number, pristine));
        Assert.NotEqual(FileSurgery.WithValidChecksum(pristine), crafted);
        var replaced = new Dictionary<string, byte[]> { [file] = crafted };
        if (extension is "tim" or "doc" or "pos")
        {
            // The terms index records the other postings files' lengths; keep it in step so only the number is wrong.
            string termsIndex = index.FileOf("tip");
            replaced[termsIndex] = FileSurgery.WithValidChecksum(WithPostingsEnd(index.Files[termsIndex], extension, pristine.Length - CodecUtil.FooterLength, crafted.Length - CodecUtil.FooterLength));
        }

        string folder = index.CopyWith(temp.Path, replaced);

        Exception? atOpen = Record.Exception(() => ReadEverything.Open(folder));
        Exception? atRead = atOpen is null ? Record.Exception(() => ReadEverything.Open(folder, ReadEverything.Read)) : null;
        VerifyResult verified;
        using (var directory = new FileSystemDirectory(folder))
        {
            verified = IndexVerifier.Verify(directory);
        }

        Assert.False(verified.Ok, $"verify passed with the {number} of {file} out of range");
        Assert.Equal(file, verified.BadFile);
        switch (stage)
        {
            case Stage.Open:
                AssertCorruptNaming(file, atOpen);
                break;
            case Stage.Read:
                Assert.Null(atOpen);
                AssertCorruptNaming(file, atRead);
                break;
            default:
                Assert.Null(atOpen);
                Assert.Null(atRead);
                break;
        }
    }

    public void Dispose() => temp.Dispose();

    internal static void AssertCorruptNaming(string file, Exception? exception)
    {
        Assert.NotNull(exception);
        CorruptIndexException corrupt = Assert.IsType<CorruptIndexException>(exception);
        Assert.Equal(file, corrupt.Resource);
    }

    private byte[] Craft(string extension, string number, byte[] file) => extension switch
    {
        "tip" => CraftTermsIndex(number, file),
        "tim" => CraftTerms(number, file),
        "doc" => CraftDocs(number, file),
        "pos" => FileSurgery.ReplaceVInt(file, (int)index.BodyTerm(df => df == SmallIndex.MaxDoc).PositionsPointer, int.MaxValue),
        "nrm" => CraftNorms(number, file),
        "fdt" => CraftStoredFields(number, file),
        "dv" => CraftDocValues(number, file),
        "liv" => CraftLiveDocs(number, file),
        _ => throw new ArgumentException(extension),
    };

    /// <summary>Sets the content length the terms index records for the postings file with <paramref name="extension"/>.</summary>
    private static byte[] WithPostingsEnd(byte[] termsIndex, string extension, long pristineLength, long contentLength)
    {
        // TermsIndex := ... TermsEnd:VLong DocsEnd:VLong PositionsEnd:VLong Footer. A VLong's last byte is below 0x80,
        // its others above, so the three are found walking back from the footer.
        int end = termsIndex.Length - CodecUtil.FooterLength;
        int skip = extension switch { "pos" => 0, "doc" => 1, _ => 2 };
        int start = end;
        for (int i = 0; i <= skip; i++)
        {
            end = start;
            start = end - 1;
            while ((termsIndex[start - 1] & 0x80) != 0)
            {
                start--;
            }
        }

        Assert.Equal(pristineLength, new FileCursor(termsIndex, start).ReadVInt());
        return FileSurgery.ReplaceVInt(termsIndex, start, contentLength);
    }

    private static byte[] CraftTermsIndex(string number, byte[] file)
    {
        // TermsIndex := Header FieldCount FieldEntry...; FieldEntry := FieldNumber IndexOptions:byte TermCount SumDocFreq SumTotalTermFreq DocCount BlockCount IndexEntry...
        var cursor = new FileCursor(file).SkipHeader();
        int fieldCount = cursor.Position;
        cursor.ReadVInt();
        cursor.ReadVInt();
        cursor.ReadByte();
        int termCount = cursor.Position;
        cursor.ReadVInt();
        cursor.ReadVInt();
        cursor.ReadVInt();
        int docCount = cursor.Position;
        cursor.ReadVInt();
        int blockCount = cursor.Position;
        cursor.ReadVInt();
        cursor.ReadVInt();
        int suffix = cursor.Position;
        return number switch
        {
            "field count" => FileSurgery.ReplaceVInt(file, fieldCount, int.MaxValue),
            "term count" => FileSurgery.ReplaceVInt(file, termCount, long.MaxValue),
            "doc count" => FileSurgery.ReplaceVInt(file, docCount, int.MaxValue),
            "block count" => FileSurgery.ReplaceVInt(file, blockCount, int.MaxValue),
            "index entry suffix length" => FileSurgery.ReplaceVInt(file, suffix, int.MaxValue),
            _ => throw new ArgumentException(number),
        };
    }

    private static byte[] CraftTerms(string number, byte[] file)
    {
        // Block := EntryCount SuffixLength Suffix... MetaLength TermMeta...; Suffix := PrefixLength SuffixCount bytes; the first block follows the header.
        var cursor = new FileCursor(file).SkipHeader();
        int entryCount = cursor.Position;
        cursor.ReadVInt();
        int suffixLength = cursor.Position;
        long suffixBytes = cursor.ReadVInt();
        int suffixes = cursor.Position;
        cursor.ReadVInt();
        int suffix = cursor.Position;
        cursor.Position = suffixes + (int)suffixBytes;
        cursor.ReadVInt();
        int docFreq = cursor.Position;
        return number switch
        {
            "block entry count" => FileSurgery.ReplaceVInt(file, entryCount, int.MaxValue),
            "suffix section length" => FileSurgery.ReplaceVInt(file, suffixLength, int.MaxValue),
            "term suffix length" => FileSurgery.ReplaceVInt(file, suffix, int.MaxValue),
            "document frequency" => FileSurgery.ReplaceVInt(file, docFreq, int.MaxValue),
            _ => throw new ArgumentException(number),
        };
    }

    private byte[] CraftDocs(string number, byte[] file)
    {
        // A body term in about half the documents: one packed block of 128 (deltas, then frequencies), a tail, skip data.
        TermInfo term = index.BodyTerm(df => df is > 128 and < SmallIndex.MaxDoc);
        int start = (int)term.DocPointer;
        byte bits = file[start];
        var cursor = new FileCursor(file, start);
        for (int packed = 0; packed < 2; packed++)
        {
            cursor.Skip(16 * cursor.ReadByte());
        }

        int tail = cursor.Position;
        cursor.Position = (int)(term.DocPointer + term.SkipOffset);
        int lastDoc = cursor.Position;
        cursor.ReadVInt();
        cursor.ReadVInt();
        cursor.ReadVInt();
        int impactsLength = cursor.Position;
        switch (number)
        {
            case "packed bits per value":
                return FileSurgery.Splice(file, start, 1, [33]);
            case "packed document deltas":
                Assert.True(bits > 0);
                byte[] copy = (byte[])file.Clone();
                copy.AsSpan(start + 1, 16 * bits).Fill(0xFF);
                return copy;
            case "tail document delta":
                return FileSurgery.ReplaceVInt(file, tail, 1L << 40);
            case "skip last document":
                return FileSurgery.ReplaceVInt(file, lastDoc, int.MaxValue);
            case "skip impacts length":
                return FileSurgery.ReplaceVInt(file, impactsLength, int.MaxValue);
            default:
                throw new ArgumentException(number);
        }
    }

    private static byte[] CraftNorms(string number, byte[] file)
    {
        // Norms := Header Segment MaxDoc (FieldNumber+1 Norm^MaxDoc)* 0
        var cursor = new FileCursor(file).SkipHeader();
        cursor.SkipString();
        int maxDoc = cursor.Position;
        cursor.ReadVInt();
        return FileSurgery.ReplaceVInt(file, number == "max doc" ? maxDoc : cursor.Position, int.MaxValue);
    }

    private static byte[] CraftStoredFields(string number, byte[] file)
    {
        StoredFieldsImage image = StoredFieldsImage.Parse(file);
        StoredFieldsImage.Block first = image.Blocks[0];
        Assert.True(first.DocLengths.Count > 1);
        switch (number)
        {
            case "index offset":
                image.IndexOffset = long.MaxValue;
                break;
            case "index max doc":
                image.MaxDoc = int.MaxValue;
                break;
            case "index block count":
                image.BlockCount = int.MaxValue;
                break;
            case "index block length":
                image.FirstBlockLength = long.MaxValue;
                break;
            case "block document count":
                first.DocCount = int.MaxValue;
                break;
            case "first document length":
                first.DocLengths[0] = int.MaxValue;
                break;
            case "compressed length":
                first.CompressedLength = int.MaxValue;
                break;
            case "last document length":
                // The block then claims the most raw bytes an array can hold; its few compressed bytes cannot deliver them.
                first.DocLengths[^1] = Array.MaxLength - first.DocLengths.SkipLast(1).Sum();
                break;
            default:
                throw new ArgumentException(number);
        }

        return image.Write();
    }

    private static byte[] CraftDocValues(string number, byte[] file)
    {
        // DocValues := Header Segment MaxDoc Field* 0; Field := FieldNumber+1 Kind:byte (Numeric | SortedSet)
        var cursor = new FileCursor(file).SkipHeader();
        cursor.SkipString();
        int maxDocAt = cursor.Position;
        long maxDoc = cursor.ReadVInt();
        var at = new Dictionary<string, int>();
        for (int fieldAt = cursor.Position; cursor.ReadVInt() != 0; fieldAt = cursor.Position)
        {
            at.TryAdd("field number", fieldAt);
            if (cursor.ReadByte() == 1)
            {
                // Numeric := Presence(0 | 1 Word^ceil(MaxDoc/64)) Min:int64 Gcd:int64 Bits:byte Word^...
                if (cursor.ReadByte() == 1)
                {
                    cursor.Skip(8 * ((maxDoc + 63) / 64));
                }

                cursor.Skip(16);
                at["numeric width"] = cursor.Position;
                cursor.Skip(8 * ((maxDoc * cursor.ReadByte() + 63) / 64));
            }
            else
            {
                // SortedSet := ValueCount TotalBytes (Length bytes)^ValueCount OrdinalCount OffsetBits Word^... OrdinalBits Word^...
                at["sorted-set value count"] = cursor.Position;
                long values = cursor.ReadVInt();
                at["sorted-set value bytes"] = cursor.Position;
                cursor.ReadVInt();
                for (long i = 0; i < values; i++)
                {
                    cursor.SkipString();
                }

                at["sorted-set ordinal count"] = cursor.Position;
                long ordinals = cursor.ReadVInt();
                cursor.Skip(8 * (((maxDoc + 1) * cursor.ReadByte() + 63) / 64));
                int bits = cursor.ReadByte();
                at["sorted-set ordinals"] = cursor.Position;
                at["sorted-set ordinal bytes"] = (int)(8 * ((ordinals * bits + 63) / 64));
                cursor.Skip(at["sorted-set ordinal bytes"]);
            }
        }

        switch (number)
        {
            case "max doc":
                return FileSurgery.ReplaceVInt(file, maxDocAt, int.MaxValue);
            case "numeric width 64":
            case "numeric width 65":
                return FileSurgery.Splice(file, at["numeric width"], 1, [byte.Parse(number[^2..], System.Globalization.CultureInfo.InvariantCulture)]);
            case "sorted-set ordinals":
                byte[] copy = (byte[])file.Clone();
                Assert.True(at["sorted-set ordinal bytes"] > 0);
                copy.AsSpan(at[number], at["sorted-set ordinal bytes"]).Fill(0xFF);
                return copy;
            default:
                return FileSurgery.ReplaceVInt(file, at[number], int.MaxValue);
        }
    }

    private static byte[] CraftLiveDocs(string number, byte[] file)
    {
        // LiveDocs := Header Segment Generation:VLong MaxDoc DeletedCount Word^...
        var cursor = new FileCursor(file).SkipHeader();
        cursor.SkipString();
        cursor.ReadVInt();
        int maxDoc = cursor.Position;
        cursor.ReadVInt();
        return FileSurgery.ReplaceVInt(file, number == "max doc" ? maxDoc : cursor.Position, int.MaxValue);
    }
}
