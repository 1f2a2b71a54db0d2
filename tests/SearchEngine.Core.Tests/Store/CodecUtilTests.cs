using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Store;

public sealed class CodecUtilTests
{
    [Fact]
    public void AFileWithHeaderAndFooterOpensChecked()
    {
        using var directory = new RamDirectory();
        Write(directory, "f");

        (IndexInput input, int version) = CodecUtil.OpenChecked(directory, "f", "Test", 1, 3);
        using (input)
        {
            Assert.Equal(2, version);
            Assert.Equal(42, input.ReadVInt32());
            Assert.Equal(CodecUtil.ContentEnd(input), input.Position);
        }
    }

    [Fact]
    public void EveryFlippedByteIsDetectedNamingTheFile()
    {
        using var directory = new RamDirectory();
        Write(directory, "f");
        byte[] original = ReadAll(directory, "f");

        for (int i = 0; i < original.Length; i++)
        {
            byte[] corrupt = (byte[])original.Clone();
            corrupt[i] ^= 0x10;
            directory.Overwrite("f", corrupt);

            var error = Assert.Throws<CorruptIndexException>(() => CodecUtil.OpenChecked(directory, "f", "Test", 1, 3).Input.Dispose());
            Assert.Equal("f", error.Resource);
        }
    }

    [Fact]
    public void ATruncatedFileIsDetected()
    {
        using var directory = new RamDirectory();
        Write(directory, "f");
        byte[] original = ReadAll(directory, "f");

        for (int length = 0; length < original.Length; length++)
        {
            directory.Overwrite("f", original.AsSpan(0, length));
            Assert.Throws<CorruptIndexException>(() => CodecUtil.OpenChecked(directory, "f", "Test", 1, 3).Input.Dispose());
        }
    }

    [Theory]
    [InlineData("Other", 1, 3, "file kind 'Test', expected 'Other'")]
    [InlineData("Test", 3, 4, "format version 2")]
    public void AWrongKindOrVersionIsNamed(string codec, int min, int max, string expected)
    {
        using var directory = new RamDirectory();
        Write(directory, "f");

        var error = Assert.Throws<CorruptIndexException>(() => CodecUtil.OpenChecked(directory, "f", codec, min, max).Input.Dispose());
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ChecksumIsCrc32C()
    {
        // The standard CRC-32C check value: the checksum of the ASCII digits "123456789".
        Assert.Equal(0xE3069283u, Crc32C.Compute("123456789"u8));
    }

    private static void Write(RamDirectory directory, string name)
    {
        using IndexOutput output = directory.CreateOutput(name);
        CodecUtil.WriteHeader(output, "Test", 2);
        output.WriteVInt32(42);
        CodecUtil.WriteFooter(output, 2);
    }

    private static byte[] ReadAll(RamDirectory directory, string name)
    {
        using IndexInput input = directory.OpenInput(name);
        return input.ReadSpan((int)input.Length).ToArray();
    }
}
