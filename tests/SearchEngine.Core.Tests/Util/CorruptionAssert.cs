using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests;

/// <summary>Damages one file of a directory in every way a single-byte error or a truncation can, reopening each time.</summary>
internal static class CorruptionAssert
{
    /// <summary>
    /// Asserts that <paramref name="open"/> (which opens and closes a reader) throws
    /// <see cref="CorruptIndexException"/> naming <paramref name="file"/> for every single flipped byte (three
    /// patterns each) and every truncation of the file, then restores it and asserts it opens again.
    /// </summary>
    public static void EveryDamageIsDetectedAtOpen(RamDirectory directory, string file, Action open)
    {
        byte[] original = ReadAll(directory, file);
        Assert.True(original.Length > CodecUtil.FooterLength);
        foreach (byte pattern in new byte[] { 0x01, 0x80, 0xFF })
        {
            for (int i = 0; i < original.Length; i++)
            {
                byte[] corrupt = (byte[])original.Clone();
                corrupt[i] ^= pattern;
                directory.Overwrite(file, corrupt);
                var error = Assert.Throws<CorruptIndexException>(open);
                Assert.Equal(file, error.Resource);
            }
        }

        for (int length = 0; length < original.Length; length++)
        {
            directory.Overwrite(file, original.AsSpan(0, length));
            var error = Assert.Throws<CorruptIndexException>(open);
            Assert.Equal(file, error.Resource);
        }

        directory.Overwrite(file, original);
        open();
    }

    /// <summary>Returns the bytes of a file.</summary>
    public static byte[] ReadAll(IndexDirectory directory, string file)
    {
        using IndexInput input = directory.OpenInput(file);
        return input.ReadSpan((int)input.Length).ToArray();
    }
}
