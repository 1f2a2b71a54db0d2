using System.Buffers;
using System.IO.Pipelines;

namespace SearchEngine.Server.Articles;

/// <summary>
/// Splits a request body into lines as it arrives, without decoding it and skipping a leading byte-order mark; a line
/// longer than the limit is counted and read past, so one runaway line costs no more memory than the limit.
/// </summary>
internal sealed class NdjsonLineReader(PipeReader body, int maxLineBytes)
{
    private byte[] line = new byte[Math.Min(4_096, maxLineBytes + 1)];
    private int number;
    private bool atStart = true;

    /// <summary>Reads the next line; its bytes stay valid until the next call. Null at the end of the body.</summary>
    /// <exception cref="BadHttpRequestException">The body is over the request's limit (413) or was cut short.</exception>
    public async ValueTask<NdjsonLine?> ReadAsync(CancellationToken cancellationToken)
    {
        long skipped = -1;
        bool carriageReturnLast = false;
        while (true)
        {
            ReadResult result = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            if (atStart)
            {
                if (buffer.Length < 3 && !result.IsCompleted)
                {
                    body.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                atStart = false;
                if (StartsWithByteOrderMark(buffer))
                {
                    body.AdvanceTo(buffer.GetPosition(3));
                    continue;
                }
            }

            SequencePosition? newline = buffer.PositionOf((byte)'\n');
            ReadOnlySequence<byte> content = newline is SequencePosition end ? buffer.Slice(0, end) : buffer;
            if (skipped >= 0 || content.Length > maxLineBytes + 1L)
            {
                // Too long to keep: count what passes and drop it, up to the line's end.
                skipped = Math.Max(skipped, 0) + content.Length;
                carriageReturnLast = content.Length > 0 ? EndsWithCarriageReturn(content) : carriageReturnLast;
                if (newline is SequencePosition at)
                {
                    body.AdvanceTo(buffer.GetPosition(1, at));
                    return new NdjsonLine(++number, ReadOnlyMemory<byte>.Empty, carriageReturnLast ? skipped - 1 : skipped, Oversize: true);
                }

                body.AdvanceTo(buffer.End);
                if (result.IsCompleted)
                {
                    return new NdjsonLine(++number, ReadOnlyMemory<byte>.Empty, skipped, Oversize: true);
                }

                continue;
            }

            if (newline is null && !result.IsCompleted)
            {
                // No whole line yet: keep what came and ask for more.
                body.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            if (newline is null && buffer.Length == 0)
            {
                return null;
            }

            if (newline is not null && EndsWithCarriageReturn(content))
            {
                content = content.Slice(0, content.Length - 1);
            }

            int length = (int)content.Length;
            SequencePosition next = newline is SequencePosition found ? buffer.GetPosition(1, found) : buffer.End;
            if (length > maxLineBytes)
            {
                body.AdvanceTo(next);
                return new NdjsonLine(++number, ReadOnlyMemory<byte>.Empty, length, Oversize: true);
            }

            if (line.Length < length)
            {
                line = new byte[Math.Min(Math.Max(length, line.Length * 2), maxLineBytes)];
            }

            content.CopyTo(line);
            body.AdvanceTo(next);
            return new NdjsonLine(++number, line.AsMemory(0, length), length, Oversize: false);
        }
    }

    private static bool StartsWithByteOrderMark(ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < 3)
        {
            return false;
        }

        Span<byte> first = stackalloc byte[3];
        buffer.Slice(0, 3).CopyTo(first);
        return first.SequenceEqual("\uFEFF"u8);
    }

    private static bool EndsWithCarriageReturn(ReadOnlySequence<byte> content) =>
        content.Length > 0 && content.Slice(content.Length - 1).FirstSpan[0] == (byte)'\r';
}
