using NATS.Client.KeyValueStore;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// The one-indexer lease: a key in a bucket whose max age is the lease's time to live. Taken by creating the key
/// (which fails while another node's value lives), renewed every third of the time to live by an update checked
/// against the revision this node wrote last, and given up by deleting that revision.
/// </summary>
/// <remarks>
/// A renewal that fails or takes longer than a third of the time to live ends the lease at once: the holder then
/// stops before its value can expire and another node take the key, as long as clocks run at the same rate.
/// </remarks>
internal sealed partial class IndexerLease(INatsKVStore bucket, string node, TimeSpan ttl, ILogger logger)
{
    /// <summary>The key of the lease in its bucket.</summary>
    public const string Key = "indexer";

    private TimeSpan Period => ttl / 3;

    /// <summary>Waits until this node holds the lease; returns the revision of its value.</summary>
    public async Task<ulong> AcquireAsync(CancellationToken cancellationToken)
    {
        string? lastHolder = null;
        while (true)
        {
            try
            {
                ulong revision = await bucket.CreateAsync(Key, node, cancellationToken: cancellationToken).ConfigureAwait(false);
                LogAcquired(logger, node, revision);
                return revision;
            }
            catch (Exception ex) when (ex is NatsKVException or NATS.Client.JetStream.NatsJSException)
            {
                // Held by another node (or expiring while looked at, or NATS electing a leader): look again shortly.
                string? holder = await HolderAsync(cancellationToken).ConfigureAwait(false);
                if (holder != lastHolder)
                {
                    LogWaiting(logger, node, holder ?? "(expired)");
                    lastHolder = holder;
                }
            }

            await Task.Delay(Period, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Renews the lease until <paramref name="cancellationToken"/> is cancelled; cancels <paramref name="lost"/> and returns as soon as a renewal fails.</summary>
    public async Task<ulong> KeepAsync(ulong revision, CancellationTokenSource lost, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lost);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Period, cancellationToken).ConfigureAwait(false);
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(Period);
                revision = await bucket.UpdateAsync(Key, node, revision, cancellationToken: attempt.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogLost(logger, ex, node);
                await lost.CancelAsync().ConfigureAwait(false);
                break;
            }
        }

        return revision;
    }

    /// <summary>Gives the lease up, if this node's value is still the current one, so another node need not wait for it to expire.</summary>
    public async Task ReleaseAsync(ulong revision)
    {
        try
        {
            using var timeout = new CancellationTokenSource(Period);
            await bucket.DeleteAsync(Key, new NatsKVDeleteOpts { Revision = revision }, timeout.Token).ConfigureAwait(false);
            LogReleased(logger, node);
        }
        catch (Exception ex) when (ex is NatsKVException or OperationCanceledException or NATS.Client.Core.NatsException)
        {
            // It expires by itself.
        }
    }

    private async Task<string?> HolderAsync(CancellationToken cancellationToken)
    {
        try
        {
            NatsKVEntry<string> entry = await bucket.GetEntryAsync<string>(Key, cancellationToken: cancellationToken).ConfigureAwait(false);
            return entry.Value;
        }
        catch (NatsKVException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} took the indexer lease (revision {Revision})")]
    private static partial void LogAcquired(ILogger logger, string node, ulong revision);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} waits for the indexer lease, held by {Holder}")]
    private static partial void LogWaiting(ILogger logger, string node, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {Node} lost the indexer lease (a renewal failed); it stops indexing at once")]
    private static partial void LogLost(ILogger logger, Exception exception, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} gave the indexer lease up")]
    private static partial void LogReleased(ILogger logger, string node);
}
