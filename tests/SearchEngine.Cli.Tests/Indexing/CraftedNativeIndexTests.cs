using System.Buffers.Binary;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary>
/// A native index file with a valid checksum but a count or length set to 2^31 - 1 (a crafted file, not a flipped
/// byte): <c>verify</c> and <c>search</c> end with the usual non-zero exit naming the file, not a crash (a suffix
/// length of the terms index used to size an array, an OutOfMemoryException).
/// </summary>
public sealed class CraftedNativeIndexTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string pristine;

    public CraftedNativeIndexTests()
    {
        pristine = Path.Combine(temp.Path, "pristine");
        string input = Path.Combine(temp.Path, "articles.jsonl");
        SyntheticArticles.Write(input, "doc", 200, seed: 5);
        Assert.Equal(0, Searchctl.Run(string.Empty, "rebuild", "--index", pristine, "--source", input, "--engine", "native").ExitCode);
    }

    /// <summary>File kinds and what precedes the number set huge after the header (docs/FORMAT.md): s a string, v a variable-length number, b a byte.</summary>
    public static TheoryData<string, string> Numbers => new()
    {
        { "tip", string.Empty },
        { "tip", "vvbvvvvvv" },
        { "nrm", "s" },
        { "dv", "s" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void AHugeNumberUnderAValidChecksumFailsVerifyAndSearchNamingTheFile(string kind, string before)
    {
        string copy = Path.Combine(temp.Path, $"copy-{kind}-{before.Length}");
        Directory.CreateDirectory(copy);
        foreach (string source in Directory.GetFiles(pristine))
        {
            File.Copy(source, Path.Combine(copy, Path.GetFileName(source)));
        }

        string file = Directory.GetFiles(copy, "_*." + kind).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!;
        string path = Path.Combine(copy, file);
        File.WriteAllBytes(path, WithHugeNumber(File.ReadAllBytes(path), before));

        foreach (string[] command in new[] { new[] { "verify" }, ["search", "regeringen"] })
        {
            ProcessResult result = Searchctl.Run(string.Empty, [command[0], "--index", copy, .. command[1..]]);
            Assert.True(result.ExitCode != 0, $"{command[0]} passed with a crafted {file}");
            Assert.Contains(file, result.StandardError);
            Assert.Contains("Corrupt index file", result.StandardError);
            Assert.DoesNotContain("Unhandled exception", result.StandardError);
        }
    }

    public void Dispose() => temp.Dispose();

    /// <summary>Replaces the variable-length number after the header and <paramref name="before"/> by 2^31 - 1 and fixes the checksum.</summary>
    private static byte[] WithHugeNumber(byte[] file, string before)
    {
        // Header := Magic:int32 Codec:string Version:int32 (codec names and segment names are under 128 bytes).
        int at = 4;
        at += 1 + file[at] + 4;
        foreach (char part in before)
        {
            at = part switch
            {
                's' => at + 1 + file[at],
                'b' => at + 1,
                _ => EndOfNumber(file, at) + 1,
            };
        }

        int end = EndOfNumber(file, at);

        byte[] huge = [0xFF, 0xFF, 0xFF, 0xFF, 0x07];
        byte[] crafted = [.. file[..at], .. huge, .. file[(end + 1)..]];
        BinaryPrimitives.WriteInt64LittleEndian(crafted.AsSpan(crafted.Length - 8), Crc32C(crafted.AsSpan(0, crafted.Length - 8)));
        return crafted;
    }

    private static int EndOfNumber(byte[] file, int at)
    {
        while ((file[at] & 0x80) != 0)
        {
            at++;
        }

        return at;
    }

    /// <summary>CRC-32C (Castagnoli), as the index footers use; bitwise, as the test has no access to the engine's.</summary>
    private static uint Crc32C(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78 : crc >> 1;
            }
        }

        return ~crc;
    }
}
