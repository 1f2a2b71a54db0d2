using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// A growable in-memory byte buffer with the variable-length integer encoding of <see cref="IndexOutput"/>, for
/// the parts of a file that must be complete before they are written: a term block (its byte lengths come
/// first), a term's skip data and a block's impacts (their lengths come first), the terms index.
/// </summary>
internal sealed class ScratchBuffer
{
    private byte[] bytes = new byte[256];

    /// <summary>Gets the number of bytes written since the last <see cref="Reset"/>.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the bytes written.</summary>
    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Length);

    /// <summary>Forgets the content, keeping the capacity.</summary>
    public void Reset() => Length = 0;

    /// <summary>Appends one byte.</summary>
    public void WriteByte(byte value)
    {
        Ensure(1);
        bytes[Length++] = value;
    }

    /// <summary>Appends bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> data)
    {
        Ensure(data.Length);
        data.CopyTo(bytes.AsSpan(Length));
        Length += data.Length;
    }

    /// <summary>Appends a non-negative integer, 7 bits per byte, low bits first.</summary>
    public void WriteVInt32(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        WriteVInt64(value);
    }

    /// <summary>Appends a non-negative integer, 7 bits per byte, low bits first.</summary>
    public void WriteVInt64(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Ensure(10);
        ulong v = (ulong)value;
        while (v >= 0x80)
        {
            bytes[Length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        bytes[Length++] = (byte)v;
    }

    /// <summary>Writes the content to <paramref name="output"/>.</summary>
    public void WriteTo(IndexOutput output) => output.WriteBytes(Written);

    private void Ensure(int extra)
    {
        if (bytes.Length - Length < extra)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + extra));
        }
    }
}
