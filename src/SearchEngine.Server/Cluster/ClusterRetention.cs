using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.ObjectStore.Models;
using SearchEngine.News.Replication;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// Drops what the cluster no longer needs once the indexer has published a commit: the stream's changes that commit
/// holds, and the objects of files no manifest has used for <see cref="ClusterOptions.UnusedFileRetention"/>. Without
/// it the stream and the object store grow with every write and every merge.
/// </summary>
/// <remarks>
/// An acknowledged change is durable in the stream until a published commit holds it; from then on the commit's files
/// in the object store and its manifest (replicated as the stream is) are its durable copy, and an indexer that starts
/// with an empty folder starts from that manifest and the stream after its sequence. So only changes at or below the
/// sequence of a published commit are purged, and only by the indexer that published it.
/// </remarks>
internal sealed partial class ClusterRetention(ClusterStores stores, ClusterOptions cluster, TimeProvider time, ILogger logger)
{
    /// <summary>How often at most the object store is walked for unused objects (a walk reads every object's metadata).</summary>
    private static readonly TimeSpan CollectInterval = TimeSpan.FromMinutes(1);

    private DateTimeOffset lastCollect = DateTimeOffset.MinValue;

    /// <summary>
    /// Purges the stream's changes through <paramref name="sequence"/>, which <paramref name="published"/> holds, and
    /// deletes the unused objects when the last walk is a minute old; returns the number of objects deleted.
    /// <paramref name="forget"/> hears each deleted object's name, so an uploader that remembers what the store holds
    /// uploads it again when a later commit has the same file.
    /// </summary>
    public async Task<int> DropAsync(NewsCommitManifest published, ulong sequence, Action<string> forget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(forget);
        if (sequence > 0)
        {
            INatsJSStream stream = await stores.JetStream.GetStreamAsync(cluster.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            StreamPurgeResponse purged = await stream.PurgeAsync(new StreamPurgeRequest { Seq = sequence + 1 }, cancellationToken).ConfigureAwait(false);
            if (purged.Purged > 0)
            {
                LogPurged(logger, purged.Purged, sequence);
            }
        }

        DateTimeOffset now = time.GetUtcNow();
        if (now - lastCollect < CollectInterval)
        {
            return 0;
        }

        lastCollect = now;
        var used = new HashSet<string>(published.Files.Count, StringComparer.Ordinal);
        foreach (NewsCommitFile file in published.Files)
        {
            used.Add(CommitPublisher.ObjectName(file));
        }

        var unused = new List<string>();
        await foreach (ObjectMetadata info in stores.Files.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!used.Contains(info.Name) && now - info.MTime >= cluster.UnusedFileRetention)
            {
                unused.Add(info.Name);
            }
        }

        foreach (string name in unused)
        {
            await stores.Files.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            forget(name);
        }

        if (unused.Count > 0)
        {
            LogDeleted(logger, unused.Count, published.Generation);
        }

        return unused.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} change(s) through sequence {Sequence} from the stream: a published commit holds them")]
    private static partial void LogPurged(ILogger logger, long count, ulong sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} object(s) from the object store that no manifest since generation {Generation} uses")]
    private static partial void LogDeleted(ILogger logger, int count, long generation);
}
