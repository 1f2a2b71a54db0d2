namespace SearchEngine.Server.Cluster;

/// <summary>
/// A read-only stream over another that fails a read waiting longer than a limit with <see cref="TimeoutException"/>:
/// a download whose server went away may wait forever inside the NATS client, whatever token it was given, so the
/// reader gives up on its own side, and the install fails and is tried again.
/// </summary>
internal sealed class StallGuardStream(Stream inner, TimeSpan limit, string what, CancellationTokenSource abandon) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken).AsTask().WaitAsync(limit, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            await abandon.CancelAsync().ConfigureAwait(false);
            throw new TimeoutException($"{what} sent nothing for {limit.TotalSeconds:0} s.", ex);
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Not disposed: the copy may still hold its token; cancelled, it ends and lets go of it.
            abandon.Cancel();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
