using System.Buffers.Binary;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Codecs.Bounds;

/// <summary>
/// Edits the bytes of an index file the way a crafted file would be made: one number re-encoded, then the footer
/// checksum recomputed, so the checksum passes and only the structural checks stand between the file and a crash.
/// </summary>
internal static class FileSurgery
{
    /// <summary>Returns a copy of <paramref name="file"/> whose footer checksum matches its content again.</summary>
    public static byte[] WithValidChecksum(byte[] file)
    {
        byte[] copy = (byte[])file.Clone();
        int checksumAt = copy.Length - 8;
        uint crc = Crc32C.Compute(copy.AsSpan(0, checksumAt));
        BinaryPrimitives.WriteInt64LittleEndian(copy.AsSpan(checksumAt), crc);
        return copy;
    }

    /// <summary>Returns <paramref name="file"/> with the variable-length integer at <paramref name="offset"/> replaced by <paramref name="value"/>.</summary>
    public static byte[] ReplaceVInt(byte[] file, int offset, long value)
    {
        int end = offset;
        while ((file[end] & 0x80) != 0)
        {
            end++;
        }

        return Splice(file, offset, end + 1 - offset, EncodeVInt(value));
    }

    /// <summary>Returns <paramref name="file"/> with <paramref name="length"/> bytes at <paramref name="offset"/> replaced by <paramref name="bytes"/>.</summary>
    public static byte[] Splice(byte[] file, int offset, int length, ReadOnlySpan<byte> bytes)
    {
        byte[] result = new byte[file.Length - length + bytes.Length];
        file.AsSpan(0, offset).CopyTo(result);
        bytes.CopyTo(result.AsSpan(offset));
        file.AsSpan(offset + length).CopyTo(result.AsSpan(offset + bytes.Length));
        return result;
    }

    /// <summary>Encodes a non-negative number as 7 bits a byte, low bits first.</summary>
    public static byte[] EncodeVInt(long value)
    {
        var bytes = new List<byte>();
        ulong v = (ulong)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }

        bytes.Add((byte)v);
        return [.. bytes];
    }
}
