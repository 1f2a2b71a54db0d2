using System.Diagnostics;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Codecs.Bounds;

/// <summary>
/// Random bytes written over a file of a real index, with the checksum recomputed so only the structural checks
/// can catch them: opening, reading everything, searching and verifying either work or fail with a
/// <see cref="CorruptIndexException"/> naming the file, never with any other exception.
/// </summary>
/// <remarks>
/// The four postings files are one unit: the terms index records the others' lengths and points into the
/// dictionary, which points into the documents and positions files. Damage to one can surface as an
/// inconsistency found while reading another (a block pointer landing mid-block), so for them any of the four
/// may be named; every other file must be named itself.
/// </remarks>
public sealed class FuzzedFileTests(SmallIndex index) : IClassFixture<SmallIndex>
{
    private const int Iterations = 200;

    private static readonly string[] PostingsExtensions = ["tip", "tim", "doc", "pos"];

    [Theory]
    [InlineData("tip", 1)]
    [InlineData("tim", 2)]
    [InlineData("doc", 3)]
    [InlineData("pos", 4)]
    [InlineData("nrm", 5)]
    [InlineData("fdt", 6)]
    [InlineData("dv", 7)]
    [InlineData("liv", 8)]
    public void RandomBytesUnderAValidChecksumFailOnlyAsACorruptIndexNamingTheFile(string extension, int seed)
    {
        string file = index.FileOf(extension);
        byte[] pristine = index.Files[file];
        string[] named = PostingsExtensions.Contains(extension) ? [.. PostingsExtensions.Select(index.FileOf)] : [file];
        using var directory = new RamDirectory();
        foreach ((string name, byte[] content) in index.Files)
        {
            directory.Overwrite(name, content);
        }

        var random = new Random(seed);
        int detected = 0;
        var clock = Stopwatch.StartNew();
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            byte[] damaged = Damage(pristine, random, out string what);
            directory.Overwrite(file, FileSurgery.WithValidChecksum(damaged));

            Exception? failure = Record.Exception(() => ReadEverything.Open(directory, ReadEverything.Read));
            VerifyResult verified = IndexVerifier.Verify(directory);

            if (failure is not null)
            {
                Assert.True(failure is CorruptIndexException corrupt && named.Contains(corrupt.Resource), $"{file} with {what}: {failure}");
            }

            Assert.True(verified.Ok || named.Contains(verified.BadFile), $"{file} with {what}: verify names {verified.BadFile}: {verified.Problem}");
            detected += verified.Ok ? 0 : 1;
            Assert.False(failure is not null && verified.Ok, $"{file} with {what}: reading failed but verify passed: {failure}");
        }

        // The loop exercised the error paths, not only harmless bytes (norm bytes, text and numbers are data where
        // any value is valid, so not every change is detectable).
        Assert.True(detected >= Iterations / 10, $"verify found only {detected} of {Iterations} damaged copies of {file}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{Iterations} rounds took {clock.Elapsed}");
    }

    /// <summary>Overwrites one to three random bytes, or a run of four 0xFF bytes (a huge variable-length number).</summary>
    private static byte[] Damage(byte[] pristine, Random random, out string what)
    {
        byte[] damaged = (byte[])pristine.Clone();
        int checksumAt = damaged.Length - 8;
        if (random.Next(4) == 0)
        {
            int at = random.Next(checksumAt - 4);
            damaged.AsSpan(at, 4).Fill(0xFF);
            what = $"0xFFFFFFFF at {at}";
            return damaged;
        }

        var changes = new List<string>();
        for (int i = random.Next(1, 4); i > 0; i--)
        {
            int at = random.Next(checksumAt);
            byte value = (byte)random.Next(256);
            changes.Add($"{value} at {at} (was {damaged[at]})");
            damaged[at] = value;
        }

        what = string.Join(", ", changes);
        return damaged;
    }
}
