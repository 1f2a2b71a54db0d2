using SearchEngine.News.Engines;

namespace SearchEngine.News.Replication;

/// <summary>
/// A commit of a <see cref="Indexing.NewsIndex"/> held for copying: its <see cref="Manifest"/>, and its files,
/// which the index's writer keeps on disk until this is disposed, whatever it commits or merges meanwhile.
/// </summary>
/// <remarks>
/// The hold lasts while the index is open: disposing the index (or losing its writer) ends it, and the next writer
/// deletes what no commit uses. A stream opened before the end keeps reading on Linux, where an unlinked file lives on
/// while open. Thread-safe: any number of files may be read at once.
/// </remarks>
public sealed class NewsHeldCommit : IDisposable
{
    private readonly string folder;
    private readonly IEngineHeldCommit held;
    private volatile bool disposed;

    internal NewsHeldCommit(string folder, IEngineHeldCommit held, NewsCommitManifest manifest)
    {
        this.folder = folder;
        this.held = held;
        Manifest = manifest;
    }

    /// <summary>Gets the manifest of the held commit, with every file's length and SHA-256 as read from disk.</summary>
    public NewsCommitManifest Manifest { get; }

    /// <summary>Opens the commit's file <paramref name="fileName"/> for reading from its start.</summary>
    /// <exception cref="ArgumentException">The commit has no such file.</exception>
    /// <exception cref="ObjectDisposedException">The hold has ended.</exception>
    public Stream OpenRead(string fileName)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        NewsCommitFile file = Manifest.Find(fileName)
            ?? throw new ArgumentException($"Generation {Manifest.Generation} of '{folder}' has no file '{fileName}'.", nameof(fileName));
        return new FileStream(Path.Combine(folder, file.Name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    /// <summary>Opens a file as <see cref="OpenRead"/> does, in the shape of a <see cref="NewsCommitSource"/> (a replica on the same machine copies from it directly).</summary>
    public Task<Stream> OpenReadAsync(string fileName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(OpenRead(fileName));
    }

    /// <summary>Ends the hold: the writer may delete the files newer commits no longer use.</summary>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            held.Dispose();
        }
    }
}
