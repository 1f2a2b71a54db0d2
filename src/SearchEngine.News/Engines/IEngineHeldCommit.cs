namespace SearchEngine.News.Engines;

/// <summary>
/// A commit whose files the index's writer keeps on disk until this is disposed, however many commits and merges
/// follow: what replication reads a commit's files through (<see cref="IEngineIndex.HoldCommit"/>).
/// </summary>
internal interface IEngineHeldCommit : IDisposable
{
    /// <summary>Gets the commit's generation.</summary>
    long Generation { get; }

    /// <summary>Gets the commit point: the file that makes the commit exist, so a copy writes it last (Lucene's and the native engine's <c>segments_N</c>).</summary>
    string CommitFile { get; }

    /// <summary>Gets the names of every file the commit needs, relative to the folder, the commit point included.</summary>
    IReadOnlyList<string> Files { get; }
}
