using System.Diagnostics.Metrics;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;
using SearchEngine.Server.Cluster;

namespace SearchEngine.Server.Observability;

/// <summary>
/// The server's own instruments, all on one meter, <see cref="MeterName"/>: gauges of the index being served, read
/// when metrics are collected (a scrape of <c>/metrics</c>), so they cost nothing between scrapes.
/// </summary>
/// <remarks>
/// Every instrument of the server is created in the constructor, one line each; a gauge of another part (the cluster's
/// replication lag, say) is one more line there, reading from a service the constructor takes.
/// </remarks>
internal sealed class ServerMetrics
{
    /// <summary>The name of the server's meter.</summary>
    public const string MeterName = "SearchEngine.Server";

    private readonly Meter meter;

    /// <summary>Creates the meter and its instruments through the host's meter factory, which disposes them with the host.</summary>
    /// <param name="meters">The host's meter factory.</param>
    /// <param name="services">
    /// The host's services, to take the index from when a gauge is read: the meter provider, and so this, is made while
    /// the server is assembled, before the options are validated, and the index must not be opened (or its folder
    /// made) before then.
    /// </param>
    public ServerMetrics(IMeterFactory meters, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(services);
        meter = meters.Create(MeterName);
        NewsIndex Index() => services.GetRequiredService<NewsIndex>();

        Gauge("searchengine.index.generation", "{commit}", "The generation of the index commit being served.", () => Served(Index())?.Generation);
        Gauge("searchengine.index.documents", "{article}", "The live articles in the index commit being served.", () => Served(Index())?.Documents);

        // The cluster's, reported only on a cluster node, and each only once measured there.
        ClusterMetrics? Cluster() => services.GetService<ClusterMetrics>();
        Gauge("searchengine.cluster.stream_pending", "{change}", "The stream's changes not yet delivered to this node's indexer.", () => Cluster()?.PendingChanges);
        Gauge("searchengine.cluster.last_applied_sequence", "{change}", "The stream sequence of the last change this node's indexer committed.", () => Cluster()?.LastAppliedSequence);
        Gauge("searchengine.cluster.replication_lag", "ms", "From the indexer's manifest of the last commit this node installed to its being searchable here.", () => Cluster()?.ReplicationLagMs);
    }

    /// <summary>Adds a gauge that reports <paramref name="read"/>'s value at each collection, or nothing while it returns null.</summary>
    private void Gauge(string name, string unit, string description, Func<long?> read) =>
        meter.CreateObservableGauge(name, () => read() is long value ? [new Measurement<long>(value)] : Array.Empty<Measurement<long>>(), unit, description);

    /// <summary>Returns the commit the server searches now, or null while none is open (before the first commit, after the index closed).</summary>
    private static ServedCommit? Served(NewsIndex index)
    {
        try
        {
            using NewsSearcherLease lease = index.AcquireSearcher();
            return new ServedCommit(lease.Searcher.Generation, lease.Searcher.Documents);
        }
        catch (Exception ex) when (ex is IndexNotFoundException or ObjectDisposedException)
        {
            return null;
        }
    }

    private sealed record ServedCommit(long Generation, long Documents);
}
