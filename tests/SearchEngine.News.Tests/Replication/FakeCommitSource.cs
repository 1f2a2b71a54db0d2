using SearchEngine.News.Replication;

namespace SearchEngine.News.Tests.Replication;

/// <summary>
/// A source of a held commit's files that records what it is asked for and can misbehave: change the bytes of one
/// file (<see cref="Damage"/>), or fail on its n-th call, as a network or an object store might.
/// </summary>
internal sealed class FakeCommitSource(NewsHeldCommit held)
{
    private readonly Lock gate = new();
    private readonly List<string> requested = [];

    /// <summary>Gets or sets the file whose bytes <see cref="Damage"/> changes.</summary>
    public string? DamagedFile { get; set; }

    /// <summary>Gets or sets how the damaged file's bytes change: <c>flip</c> one byte, <c>truncate</c> by one, <c>append</c> one.</summary>
    public string Damage { get; set; } = "flip";

    /// <summary>Gets or sets the call (1-based) that throws <see cref="IOException"/>, or 0 for none.</summary>
    public int FailOnCall { get; set; }

    /// <summary>Gets the files asked for so far, in order.</summary>
    public List<string> Requested
    {
        get
        {
            lock (gate)
            {
                return [.. requested];
            }
        }
    }

    /// <summary>Serves one file; the shape of <see cref="NewsCommitSource"/>.</summary>
    public async Task<Stream> Open(string fileName, CancellationToken cancellationToken)
    {
        int call;
        lock (gate)
        {
            requested.Add(fileName);
            call = requested.Count;
        }

        if (call == FailOnCall)
        {
            throw new IOException($"The source broke off while serving '{fileName}'.");
        }

        var copy = new MemoryStream();
        await using (Stream original = await held.OpenReadAsync(fileName, cancellationToken))
        {
            await original.CopyToAsync(copy, cancellationToken);
        }

        if (fileName == DamagedFile)
        {
            switch (Damage)
            {
                case "flip":
                    copy.GetBuffer()[copy.Length / 2] ^= 0x01;
                    break;
                case "truncate":
                    copy.SetLength(copy.Length - 1);
                    break;
                default:
                    copy.WriteByte(0x2a);
                    break;
            }
        }

        copy.Position = 0;
        return copy;
    }
}
