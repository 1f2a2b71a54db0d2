namespace SearchEngine.News.Tests.Articles;

/// <summary>A memory stream that returns at most a few bytes per read, as a pipe or a slow disk may.</summary>
internal sealed class ChunkedStream(byte[] bytes, int chunkSize) : MemoryStream(bytes, writable: false)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunkSize));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunkSize)]);
}
