namespace SearchEngine.News.Search;

/// <summary>
/// A hold on the searcher of one index snapshot: the snapshot stays open, unchanged by later commits, until the
/// lease is disposed. Dispose it exactly once, when the request is done.
/// </summary>
public readonly struct NewsSearcherLease : IDisposable, IEquatable<NewsSearcherLease>
{
    private readonly SearcherManager.SharedSearcher shared;

    internal NewsSearcherLease(SearcherManager.SharedSearcher shared)
    {
        this.shared = shared;
    }

    /// <summary>Gets the searcher of the held snapshot.</summary>
    public NewsSearcher Searcher => shared.Searcher;

    /// <summary>Gets when the held snapshot was opened.</summary>
    public DateTimeOffset OpenedAt => shared.OpenedAt;

    /// <summary>Compares two leases by the snapshot they hold.</summary>
    public static bool operator ==(NewsSearcherLease left, NewsSearcherLease right) => left.Equals(right);

    /// <summary>Compares two leases by the snapshot they hold.</summary>
    public static bool operator !=(NewsSearcherLease left, NewsSearcherLease right) => !left.Equals(right);

    /// <summary>Releases the hold; the last lease on a replaced snapshot closes it.</summary>
    public void Dispose() => shared?.Release();

    /// <inheritdoc/>
    public bool Equals(NewsSearcherLease other) => ReferenceEquals(shared, other.shared);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NewsSearcherLease other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => shared?.GetHashCode() ?? 0;
}
