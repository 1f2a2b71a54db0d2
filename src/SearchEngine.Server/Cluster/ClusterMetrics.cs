namespace SearchEngine.Server.Cluster;

/// <summary>The cluster's figures the server's gauges read (<see cref="Observability.ServerMetrics"/>): each null until the node has measured it.</summary>
internal sealed class ClusterMetrics
{
    private long pending = -1;
    private long lastApplied = -1;
    private long lagMs = -1;

    /// <summary>Gets the stream's changes not yet delivered to the indexer, as it last saw them.</summary>
    public long? PendingChanges => Read(ref pending);

    /// <summary>Gets the stream sequence of the last change the indexer committed.</summary>
    public long? LastAppliedSequence => Read(ref lastApplied);

    /// <summary>Gets the time from the indexer's manifest of the last commit installed here to its being searchable here, in milliseconds.</summary>
    public long? ReplicationLagMs => Read(ref lagMs);

    public void SetPending(ulong value) => Interlocked.Exchange(ref pending, (long)Math.Min(value, long.MaxValue));

    public void SetLastApplied(ulong value) => Interlocked.Exchange(ref lastApplied, (long)Math.Min(value, long.MaxValue));

    public void SetReplicationLag(TimeSpan lag) => Interlocked.Exchange(ref lagMs, Math.Max(0, (long)lag.TotalMilliseconds));

    private static long? Read(ref long field) => Interlocked.Read(ref field) is >= 0 and long value ? value : null;
}
