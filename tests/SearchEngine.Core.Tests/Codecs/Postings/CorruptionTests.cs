using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Codecs.Postings;

public sealed class CorruptionTests
{
    // Small enough to flip every byte of every file, yet with skip data (term 0 is in all 300 documents),
    // positions and offsets.
    private static readonly PostingsModel Model = PostingsModel.Generate(seed: 5, maxDoc: 300, scale: 0.01);

    [Fact]
    public void EveryFlippedByteOfEveryFileFailsOpenNamingTheFile()
    {
        var dir = new RamDirectory();
        IReadOnlyList<string> files = Model.Write(dir, "_c");
        long total = files.Sum(dir.FileLength);
        Assert.True(total < 200_000, $"{total} bytes is too many to flip one by one");
        using (InvertedIndexReader.Open(dir, "_c", Model.FieldInfos, Model.MaxDoc))
        {
        }

        foreach (string file in files)
        {
            byte[] original = ReadAll(dir, file);
            for (int at = 0; at < original.Length; at++)
            {
                byte[] damaged = (byte[])original.Clone();
                damaged[at] ^= (byte)(1 << (at % 8));
                dir.Overwrite(file, damaged);
                CorruptIndexException ex = Assert.Throws<CorruptIndexException>(() => InvertedIndexReader.Open(dir, "_c", Model.FieldInfos, Model.MaxDoc).Dispose());
                Assert.Equal(file, ex.Resource);
            }

            dir.Overwrite(file, original);
        }

        using (InvertedIndexReader.Open(dir, "_c", Model.FieldInfos, Model.MaxDoc))
        {
        }
    }

    [Fact]
    public void FlippedBytesOnDiskFailOpenNamingTheFile()
    {
        using var dir = new PostingsDirectory("fs");
        IReadOnlyList<string> files = Model.Write(dir.Directory, "_c");
        var random = new Random(9);
        foreach (string file in files)
        {
            string path = Path.Combine(dir.FolderPath!, file);
            byte[] original = File.ReadAllBytes(path);
            int[] offsets = [0, 4, 8, original.Length / 2, original.Length - 17, original.Length - 16, original.Length - 9, original.Length - 1, .. Enumerable.Range(0, 12).Select(_ => random.Next(original.Length))];
            foreach (int at in offsets)
            {
                byte[] damaged = (byte[])original.Clone();
                damaged[at] ^= 0xFF;
                File.WriteAllBytes(path, damaged);
                CorruptIndexException ex = Assert.Throws<CorruptIndexException>(() => InvertedIndexReader.Open(dir.Directory, "_c", Model.FieldInfos, Model.MaxDoc).Dispose());
                Assert.Equal(file, ex.Resource);
                Assert.Contains(file, ex.Message, StringComparison.Ordinal);
            }

            File.WriteAllBytes(path, original);
        }

        using (InvertedIndexReader.Open(dir.Directory, "_c", Model.FieldInfos, Model.MaxDoc))
        {
        }
    }

    [Fact]
    public void TruncatedOrSwappedFilesFailOpenNamingTheFile()
    {
        var dir = new RamDirectory();
        IReadOnlyList<string> files = Model.Write(dir, "_c");
        PostingsModel.Generate(seed: 6, maxDoc: 300, scale: 0.01).Write(dir, "_d");
        foreach (string file in files)
        {
            byte[] original = ReadAll(dir, file);
            dir.Overwrite(file, original.AsSpan(0, original.Length - 1));
            Assert.Equal(file, Assert.Throws<CorruptIndexException>(() => InvertedIndexReader.Open(dir, "_c", Model.FieldInfos, Model.MaxDoc).Dispose()).Resource);

            // A complete, valid file of the same kind from another segment: caught by the lengths the terms index records.
            string other = "_d" + file[2..];
            dir.Overwrite(file, ReadAll(dir, other));
            CorruptIndexException swapped = Assert.Throws<CorruptIndexException>(() => InvertedIndexReader.Open(dir, "_c", Model.FieldInfos, Model.MaxDoc).Dispose());
            Assert.Contains(file, swapped.Message, StringComparison.Ordinal);
            dir.Overwrite(file, original);
        }

        // A file of another kind under the name: the header's codec name says so.
        dir.Overwrite("_c.doc", ReadAll(dir, "_c.pos"));
        Assert.Equal("_c.doc", Assert.Throws<CorruptIndexException>(() => InvertedIndexReader.Open(dir, "_c", Model.FieldInfos, Model.MaxDoc).Dispose()).Resource);
    }

    private static byte[] ReadAll(IndexDirectory dir, string file)
    {
        using IndexInput input = dir.OpenInput(file);
        return input.GetSpan(0, (int)input.Length).ToArray();
    }
}
