using System.Globalization;
using Microsoft.Extensions.Options;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Replication;
using SearchEngine.News.Search;
using SearchEngine.Server.Articles;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// The indexer (roles <c>indexer</c> and <c>both</c>): while it holds the lease (<see cref="IndexerLease"/>) it pulls
/// batches of changes from the stream through a durable consumer, applies them to the node's folder, commits with the
/// last applied stream sequence in the commit's user data, publishes the commit (<see cref="CommitPublisher"/>), and
/// only then acknowledges the batch (AckPolicy.All: the last message acknowledges all before it).
/// </summary>
/// <remarks>
/// A restarted indexer resumes from the consumer, which redelivers what was not acknowledged; changes at or below the
/// sequence the folder's commit recorded are skipped, and one applied twice does no harm (put and delete by id). A
/// node that takes over with an empty folder first installs the latest manifest, so it continues from that commit. A
/// failed renewal cancels the term at once: nothing more is committed, published or acknowledged.
/// </remarks>
internal sealed partial class ClusterIndexer(
    ClusterTopology topology,
    NewsIndex served,
    IOptions<SearchOptions> options,
    ClusterMetrics metrics,
    ILogger<ClusterIndexer> logger) : BackgroundService
{
    /// <summary>The commit user data key of the last stream sequence the commit applied.</summary>
    public const string SequenceKey = "cluster.sequence";

    /// <summary>How long past its expiry a fetch, and an acknowledgement, may take before it is given up.</summary>
    private static readonly TimeSpan FetchGrace = TimeSpan.FromSeconds(15);

    private ClusterOptions Cluster => options.Value.Cluster;

    /// <summary>Returns the stream sequence recorded in <paramref name="index"/>'s latest commit, or 0 when none is.</summary>
    public static ulong CommittedSequence(NewsIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!index.HasCommit)
        {
            return 0;
        }

        index.Refresh();
        using NewsSearcherLease lease = index.AcquireSearcher();
        return lease.Searcher.CommitUserData.TryGetValue(SequenceKey, out string? value) && ulong.TryParse(value, CultureInfo.InvariantCulture, out ulong sequence) ? sequence : 0;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TermAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogTermFailed(logger, ex);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One term as the indexer: takes the lease, indexes until the host stops or the lease is lost, gives the lease up.</summary>
    private async Task TermAsync(CancellationToken stoppingToken)
    {
        ClusterStores stores = await topology.WaitAsync(stoppingToken).ConfigureAwait(false);
        var lease = new IndexerLease(stores.Leases, Cluster.NodeName, Cluster.LeaseTtl, logger);
        ulong revision = await lease.AcquireAsync(stoppingToken).ConfigureAwait(false);
        using var term = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var keeping = new CancellationTokenSource();
        Task<ulong> renewals = lease.KeepAsync(revision, term, keeping.Token);
        try
        {
            await IndexAsync(stores, term.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (term.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // The lease was lost: the next term waits for it again.
            return;
        }
        finally
        {
            await keeping.CancelAsync().ConfigureAwait(false);
            revision = await renewals.ConfigureAwait(false);
            if (!term.IsCancellationRequested || stoppingToken.IsCancellationRequested)
            {
                await lease.ReleaseAsync(revision).ConfigureAwait(false);
            }
        }
    }

    private async Task IndexAsync(ClusterStores stores, CancellationToken cancellationToken)
    {
        string folder = served.Path;
        var publisher = new CommitPublisher(stores, Cluster.ManifestKey, logger);
        var retention = new ClusterRetention(stores, Cluster, TimeProvider.System, logger);
        await publisher.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (!NewsIndex.Exists(folder) && publisher.Latest is { } latest)
        {
            // Taking over with an empty folder: start from the cluster's latest commit, which records its sequence.
            NewsReplicaInstall installed = await new NewsReplica(folder).InstallAsync(latest, ObjectStoreSource.For(stores.Files, latest), cancellationToken).ConfigureAwait(false);
            LogTookOverFrom(logger, installed.Generation);
        }

        using NewsIndex writer = NewsIndex.Open(folder, new NewsIndexOptions { Engine = NewsIndex.Exists(folder) ? null : options.Value.Engine });
        if (publisher.Latest is { } published && writer.HasCommit && CommittedGeneration(writer) < published.Generation)
        {
            throw new InvalidOperationException(
                $"The folder '{folder}' holds generation {CommittedGeneration(writer)}, behind the cluster's manifest ({published.Generation}): another indexer committed since. Move the folder away so this node starts from the manifest.");
        }

        if (!writer.HasCommit && publisher.Latest is null)
        {
            // A new cluster: an empty first commit, published, so search nodes have a generation to be ready on before
            // the first write (an empty index answers every search with no hit).
            NewsCommit first = writer.Commit(new Dictionary<string, string>(StringComparer.Ordinal) { [SequenceKey] = "0" });
            LogCommitted(logger, 0, first.Generation, 0);
            RefreshServed();
        }

        ulong applied = CommittedSequence(writer);
        metrics.SetLastApplied(applied);
        if (writer.HasCommit && (publisher.Latest is null || publisher.Latest.Generation < CommittedGeneration(writer)))
        {
            // A commit of an earlier term that was not published (the indexer stopped in between).
            await publisher.PublishAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        INatsJSConsumer consumer = await OpenConsumerAsync(stores, applied + 1, cancellationToken).ConfigureAwait(false);
        LogIndexing(logger, folder, applied);

        var batch = new List<INatsJSMsg<byte[]>>(Cluster.BatchSize);
        while (!cancellationToken.IsCancellationRequested)
        {
            batch.Clear();

            // Bounded: a fetch whose server went away mid-request is abandoned and asked again, not waited on forever.
            using (var fetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                fetch.CancelAfter(Cluster.BatchWait + FetchGrace);
                try
                {
                    await foreach (INatsJSMsg<byte[]> message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = Cluster.BatchSize, Expires = Cluster.BatchWait }, cancellationToken: fetch.Token).ConfigureAwait(false))
                    {
                        batch.Add(message);
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    LogFetchAbandoned(logger, batch.Count);
                    await NakAsync(batch).ConfigureAwait(false);
                    continue;
                }
                catch (OperationCanceledException)
                {
                    // Stopping mid-fetch: what came is handed back for redelivery now, not after the ack wait.
                    await NakAsync(batch).ConfigureAwait(false);
                    throw;
                }
            }

            if (batch.Count == 0)
            {
                await consumer.RefreshAsync(cancellationToken).ConfigureAwait(false);
                metrics.SetPending(consumer.Info.NumPending);
                continue;
            }

            // Only an unbroken run of sequences after the last applied one is applied: a message delivered to an earlier
            // fetch that never arrived leaves a gap, and acknowledging past it (AckPolicy.All) would drop it unseen. After
            // a gap the consumer starts again at the first missing sequence.
            int run = ContiguousRun(batch, applied);
            bool gap = run < batch.Count;
            if (run == 0)
            {
                LogGap(logger, applied + 1);
                consumer = await OpenConsumerAsync(stores, applied + 1, cancellationToken).ConfigureAwait(false);
                continue;
            }

            batch.RemoveRange(run, batch.Count - run);
            INatsJSMsg<byte[]> last = batch[^1];
            ulong lastSequence = Math.Max(applied, last.Metadata?.Sequence.Stream ?? 0);
            metrics.SetPending(last.Metadata?.NumPending ?? 0);
            int changes = Apply(writer, batch, applied);
            NewsCommitManifest? publishedNow = null;
            if (changes > 0)
            {
                // Durable first, with the sequence that says how far the stream is in it; then published; then acknowledged.
                NewsCommit commit = writer.Commit(new Dictionary<string, string>(StringComparer.Ordinal) { [SequenceKey] = lastSequence.ToString(CultureInfo.InvariantCulture) });
                metrics.SetLastApplied(lastSequence);
                LogCommitted(logger, changes, commit.Generation, lastSequence);
                RefreshServed();
                publishedNow = await publisher.PublishAsync(writer, cancellationToken).ConfigureAwait(false);
            }

            // The run is applied (committed when it changed anything; a run of skipped messages only, recorded by the next commit).
            applied = lastSequence;

            // Bounded too: an acknowledgement lost with its server ends the term; the next one skips what is committed.
            using var acking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            acking.CancelAfter(FetchGrace);
            await last.AckAsync(new AckOpts { DoubleAck = true }, acking.Token).ConfigureAwait(false);
            if (publishedNow is not null)
            {
                await DropAsync(retention, publisher, publishedNow, lastSequence, cancellationToken).ConfigureAwait(false);
            }

            if (gap)
            {
                LogGap(logger, applied + 1);
                consumer = await OpenConsumerAsync(stores, applied + 1, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Drops what <paramref name="published"/> makes unneeded (<see cref="ClusterRetention"/>), within
    /// <see cref="FetchGrace"/>; a failure is logged and left to the next commit, never the end of the term.
    /// </summary>
    private async Task DropAsync(ClusterRetention retention, CommitPublisher publisher, NewsCommitManifest published, ulong sequence, CancellationToken cancellationToken)
    {
        using var dropping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        dropping.CancelAfter(FetchGrace);
        try
        {
            await retention.DropAsync(published, sequence, publisher.Forget, dropping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogDropFailed(logger, ex);
        }
    }

    /// <summary>
    /// Opens the durable consumer afresh, delivering from <paramref name="start"/>: a term begins where the index's commit
    /// says the stream was applied, with nothing still outstanding to an earlier term's fetches (which ended with it).
    /// Only the lease holder does this, so no other indexer loses a consumer it uses.
    /// </summary>
    private async Task<INatsJSConsumer> OpenConsumerAsync(ClusterStores stores, ulong start, CancellationToken cancellationToken)
    {
        try
        {
            await stores.JetStream.DeleteConsumerAsync(Cluster.Stream, Cluster.Consumer, cancellationToken).ConfigureAwait(false);
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            // None yet.
        }

        return await stores.JetStream.CreateOrUpdateConsumerAsync(
            Cluster.Stream,
            new ConsumerConfig(Cluster.Consumer)
            {
                AckPolicy = ConsumerConfigAckPolicy.All,
                AckWait = TimeSpan.FromMinutes(1),
                FilterSubject = Cluster.Subject,
                DeliverPolicy = ConsumerConfigDeliverPolicy.ByStartSequence,
                OptStartSeq = start,
                MaxAckPending = Math.Max(1_000, Cluster.BatchSize * 2),
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Returns how many messages of <paramref name="batch"/>, from the first, continue the stream without a gap after
    /// <paramref name="applied"/> (a message at or below it, already applied, continues it too). The stream holds the
    /// one subject of article changes and only changes at or below a published commit's sequence are purged from it, so
    /// its sequences after the applied one have no gaps of their own.
    /// </summary>
    private static int ContiguousRun(List<INatsJSMsg<byte[]>> batch, ulong applied)
    {
        ulong next = applied + 1;
        for (int i = 0; i < batch.Count; i++)
        {
            ulong sequence = batch[i].Metadata?.Sequence.Stream ?? 0;
            if (sequence > next)
            {
                return i;
            }

            next = Math.Max(next, sequence + 1);
        }

        return batch.Count;
    }

    /// <summary>Applies the changes of <paramref name="batch"/> after <paramref name="applied"/>; returns how many it applied.</summary>
    private int Apply(NewsIndex writer, List<INatsJSMsg<byte[]>> batch, ulong applied)
    {
        int changes = 0;
        foreach (INatsJSMsg<byte[]> message in batch)
        {
            ulong sequence = message.Metadata?.Sequence.Stream ?? 0;
            if (sequence <= applied)
            {
                continue;
            }

            ArticleChange change;
            try
            {
                change = ArticleChange.Parse(message.Data);
            }
            catch (InvalidDataException ex)
            {
                // Nothing in the stream is published without validation; a foreign message is skipped, not retried forever.
                LogSkipped(logger, ex, sequence);
                continue;
            }

            if (change.Change == ArticleChange.Delete)
            {
                writer.Delete(change.Id);
            }
            else if (ArticleInputValidator.TryCreate(change.Id, change.Article, out Article? article, out Dictionary<string, string[]> errors))
            {
                writer.Add(article);
            }
            else
            {
                LogSkipped(logger, new InvalidDataException(string.Join("; ", errors.SelectMany(static e => e.Value))), sequence);
                continue;
            }

            changes++;
        }

        return changes;
    }

    private void RefreshServed()
    {
        try
        {
            served.Refresh();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The poller swaps the commit in at its next tick.
            LogRefreshFailed(logger, ex);
        }
    }

    private static long CommittedGeneration(NewsIndex index)
    {
        index.Refresh();
        using NewsSearcherLease lease = index.AcquireSearcher();
        return lease.Searcher.Generation;
    }

    private static async Task NakAsync(List<INatsJSMsg<byte[]>> batch)
    {
        foreach (INatsJSMsg<byte[]> message in batch)
        {
            try
            {
                await message.NakAsync(cancellationToken: CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Redelivered after the ack wait instead.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A fetch from the stream did not end in time; {Messages} message(s) handed back, fetching again")]
    private static partial void LogFetchAbandoned(ILogger logger, int messages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexing the stream into {Folder}, after sequence {Sequence}")]
    private static partial void LogIndexing(ILogger logger, string folder, ulong sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping what the published commit makes unneeded failed; the next commit tries again")]
    private static partial void LogDropFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A gap in the stream before sequence {Sequence}: the consumer starts again there")]
    private static partial void LogGap(ILogger logger, ulong sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Took over the index from the cluster's manifest: generation {Generation}")]
    private static partial void LogTookOverFrom(ILogger logger, long generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Committed {Changes} change(s) from the stream as generation {Generation}, through sequence {Sequence}")]
    private static partial void LogCommitted(ILogger logger, int changes, long generation, ulong sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped the stream message {Sequence}: not an article change")]
    private static partial void LogSkipped(ILogger logger, Exception exception, ulong sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Committed, but could not swap the commit in for searches yet")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The indexer's term ended with an error; it starts again")]
    private static partial void LogTermFailed(ILogger logger, Exception exception);
}
