namespace SearchEngine.Server.IndexHosting;

/// <summary>A request's hold on an <see cref="IndexSnapshot"/>: the snapshot stays open until the lease is disposed.</summary>
/// <param name="snapshot">The snapshot held, with a reference already taken for this lease.</param>
internal readonly struct SnapshotLease(IndexSnapshot snapshot) : IDisposable
{
    /// <summary>Gets the snapshot held.</summary>
    public IndexSnapshot Snapshot { get; } = snapshot;

    /// <summary>Releases the hold.</summary>
    public void Dispose() => Snapshot.Release();
}
