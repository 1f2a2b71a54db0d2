using System.Threading.RateLimiting;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// The server-wide bound on searches running at once: a <see cref="ConcurrencyLimiter"/> whose refusals can be told
/// apart (<see cref="IsRefusal"/>), so the rate limiter answers them 503 (the server is at capacity) and not 429
/// (this client asked too often).
/// </summary>
internal sealed class SearchConcurrencyLimiter(ConcurrencyLimiterOptions options) : RateLimiter
{
    private readonly ConcurrencyLimiter inner = new(options);

    /// <inheritdoc/>
    public override TimeSpan? IdleDuration => inner.IdleDuration;

    /// <summary>Tells whether <paramref name="lease"/> is a refusal of this limiter.</summary>
    public static bool IsRefusal(RateLimitLease lease) => lease is Refusal;

    /// <inheritdoc/>
    public override RateLimiterStatistics? GetStatistics() => inner.GetStatistics();

    /// <inheritdoc/>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Mark(inner.AttemptAcquire(permitCount));

    /// <inheritdoc/>
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        Mark(await inner.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc/>
    protected override async ValueTask DisposeAsyncCore()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }

    private static RateLimitLease Mark(RateLimitLease lease)
    {
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return Refusal.Instance;
    }

    /// <summary>A refused lease: holds nothing, so disposing it releases nothing.</summary>
    private sealed class Refusal : RateLimitLease
    {
        public static readonly Refusal Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
