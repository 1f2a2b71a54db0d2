namespace SearchEngine.News.Articles;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding it, skipping a leading byte-order mark; lines longer than a
/// limit are counted and read past, so one runaway line costs no more memory than the limit.
/// </summary>
internal sealed class Utf8LineReader
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private int lineNumber;
    private bool atStart = true;
    private bool endOfStream;

    /// <summary>Initializes a reader over a stream it does not own.</summary>
    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        this.stream = stream;
        this.maxLineBytes = maxLineBytes;

        // A line of maxLineBytes may carry a '\r' before its '\n'; the buffer never needs more than that.
        buffer = new byte[(int)Math.Min(InitialBufferSize, maxLineBytes + 2L)];
    }

    /// <summary>Reads the next line; its bytes stay valid until the next call.</summary>
    /// <returns>False at the end of the stream.</returns>
    public bool TryReadLine(out Utf8Line line)
    {
        if (atStart)
        {
            SkipByteOrderMark();
        }

        // Bytes after `start` already searched for '\n', so a long line is scanned once, not once per read.
        int searched = 0;
        while (true)
        {
            int newline = buffer.AsSpan(start + searched, end - start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Take(searched + newline, lineBreak: 1);
                return true;
            }

            searched = end - start;
            if (searched > maxLineBytes + 1)
            {
                line = SkipOversize();
                return true;
            }

            if (endOfStream)
            {
                line = searched > 0 ? Take(searched, lineBreak: 0) : default;
                return searched > 0;
            }

            Fill();
        }
    }

    private void SkipByteOrderMark()
    {
        atStart = false;
        while (end < 3 && !endOfStream)
        {
            Fill();
        }

        if (buffer.AsSpan(0, end).StartsWith("\uFEFF"u8))
        {
            start = 3;
        }
    }

    // Turns the next `length` bytes into a line and moves past them and the `lineBreak` bytes after them.
    private Utf8Line Take(int length, int lineBreak)
    {
        ReadOnlyMemory<byte> bytes = buffer.AsMemory(start, length);
        if (lineBreak > 0 && length > 0 && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        start += length + lineBreak;
        lineNumber++;
        return bytes.Length > maxLineBytes
            ? new Utf8Line(lineNumber, ReadOnlyMemory<byte>.Empty, bytes.Length, Oversize: true)
            : new Utf8Line(lineNumber, bytes, bytes.Length, Oversize: false);
    }

    // Counts the rest of a line already known to be too long, discarding the buffer as it goes.
    private Utf8Line SkipOversize()
    {
        long length = 0;
        bool carriageReturnLast = false;
        while (true)
        {
            ReadOnlySpan<byte> pending = buffer.AsSpan(start, end - start);
            int newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                length += newline;
                carriageReturnLast = newline > 0 ? pending[newline - 1] == (byte)'\r' : carriageReturnLast;
                start += newline + 1;
                break;
            }

            length += pending.Length;
            carriageReturnLast = pending.Length > 0 ? pending[^1] == (byte)'\r' : carriageReturnLast;
            start = end;
            if (endOfStream)
            {
                // Without a '\n' after it, a final '\r' is no line break but part of the line.
                carriageReturnLast = false;
                break;
            }

            Fill();
        }

        lineNumber++;
        return new Utf8Line(lineNumber, ReadOnlyMemory<byte>.Empty, carriageReturnLast ? length - 1 : length, Oversize: true);
    }

    // Moves the pending bytes to the front, grows the buffer if they fill it, and reads more.
    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxLineBytes + 2L));
        }

        int read = stream.Read(buffer, end, buffer.Length - end);
        endOfStream = read == 0;
        end += read;
    }
}
