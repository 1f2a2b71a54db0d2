namespace SearchEngine.News.Replication;

/// <summary>
/// Opens the bytes of one file of a commit, by its name in the manifest (an object store, another machine, a held
/// commit); <see cref="NewsReplica"/> reads the stream to its end and disposes it, and trusts none of it before checking
/// length and SHA-256 against the manifest.
/// </summary>
/// <param name="fileName">The file's name in the manifest.</param>
/// <param name="cancellationToken">Cancels the fetch.</param>
/// <returns>A stream of the file's bytes from its start.</returns>
public delegate Task<Stream> NewsCommitSource(string fileName, CancellationToken cancellationToken);
