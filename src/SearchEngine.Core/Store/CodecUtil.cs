using System.Buffers.Binary;

namespace SearchEngine.Core.Store;

/// <summary>
/// The header and footer every index file carries, and their checks.
/// </summary>
/// <remarks>
/// Grammar of every file: <c>Header Content Footer</c>, where
/// <code>
/// Header  := HeaderMagic:int32 Codec:string Version:int32
/// Footer  := FooterMagic:int32 Version:int32 Checksum:int64
/// </code>
/// <c>Codec</c> names the file kind (e.g. "SearchEngine.Postings"), so a file renamed to another kind is
/// caught; <c>Checksum</c> is the CRC-32C (zero-extended to 64 bits) of every byte before it, header and the
/// footer's first eight bytes included. The footer is a fixed 16 bytes, so it is found from the file's end.
/// </remarks>
internal static class CodecUtil
{
    /// <summary>The first four bytes of every index file.</summary>
    public const int HeaderMagic = 0x53454E47;

    /// <summary>The first four bytes of every footer (the bitwise complement of <see cref="HeaderMagic"/>).</summary>
    public const int FooterMagic = ~HeaderMagic;

    /// <summary>The footer's length in bytes.</summary>
    public const int FooterLength = 16;

    /// <summary>Writes the header naming the file kind and its format version.</summary>
    public static void WriteHeader(IndexOutput output, string codec, int version)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteInt32(HeaderMagic);
        output.WriteString(codec);
        output.WriteInt32(version);
    }

    /// <summary>Writes the footer: magic, format version and the checksum of everything before the checksum.</summary>
    public static void WriteFooter(IndexOutput output, int version)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteInt32(FooterMagic);
        output.WriteInt32(version);
        output.WriteInt64(output.Checksum);
    }

    /// <summary>
    /// Reads the header at the input's current position and returns its version; throws
    /// <see cref="CorruptIndexException"/> when the magic, the file kind or the version range is wrong.
    /// </summary>
    public static int CheckHeader(IndexInput input, string codec, int minVersion, int maxVersion)
    {
        ArgumentNullException.ThrowIfNull(input);
        int magic = input.ReadInt32();
        if (magic != HeaderMagic)
        {
            throw input.Corrupt($"header magic 0x{magic:X8}, expected 0x{HeaderMagic:X8}: not an index file");
        }

        string actual = input.ReadString();
        if (actual != codec)
        {
            throw input.Corrupt($"file kind '{actual}', expected '{codec}'");
        }

        int version = input.ReadInt32();
        if (version < minVersion || version > maxVersion)
        {
            throw input.Corrupt($"format version {version} of '{codec}' is not supported (this build reads {minVersion} to {maxVersion})");
        }

        return version;
    }

    /// <summary>
    /// Verifies the footer and the checksum of the whole file; throws <see cref="CorruptIndexException"/> naming
    /// the file when the footer is missing or torn, or when any byte differs from what was written.
    /// </summary>
    public static void CheckFooter(IndexInput input, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length < FooterLength)
        {
            throw input.Corrupt($"{input.Length} bytes is too short to hold a footer (truncated file?)");
        }

        long footerStart = input.Length - FooterLength;
        ReadOnlySpan<byte> footer = input.GetSpan(footerStart, FooterLength);
        int magic = BinaryPrimitives.ReadInt32LittleEndian(footer);
        if (magic != FooterMagic)
        {
            throw input.Corrupt($"footer magic 0x{magic:X8}, expected 0x{FooterMagic:X8} (truncated or torn file?)");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(footer[4..]);
        if (version != expectedVersion)
        {
            throw input.Corrupt($"footer version {version} differs from header version {expectedVersion}");
        }

        long stored = BinaryPrimitives.ReadInt64LittleEndian(footer[8..]);
        uint register = Crc32C.Initial;
        long offset = 0;
        long covered = footerStart + 8;
        while (offset < covered)
        {
            int chunk = (int)Math.Min(1 << 30, covered - offset);
            register = Crc32C.Append(register, input.GetSpan(offset, chunk));
            offset += chunk;
        }

        uint actual = Crc32C.Finish(register);
        if (stored != actual)
        {
            throw input.Corrupt($"checksum mismatch: footer says 0x{stored:X8}, content gives 0x{actual:X8}");
        }
    }

    /// <summary>
    /// Opens <paramref name="name"/>, verifies its footer checksum and header, and returns the input positioned
    /// just after the header together with the format version.
    /// </summary>
    public static (IndexInput Input, int Version) OpenChecked(IndexDirectory directory, string name, string codec, int minVersion, int maxVersion)
    {
        ArgumentNullException.ThrowIfNull(directory);
        IndexInput input = directory.OpenInput(name);
        try
        {
            int version = CheckHeader(input, codec, minVersion, maxVersion);
            long contentStart = input.Position;
            CheckFooter(input, version);
            input.Position = contentStart;
            return (input, version);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    /// <summary>Gets the offset where the footer starts: content ends there.</summary>
    public static long ContentEnd(IndexInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Length - FooterLength;
    }
}
