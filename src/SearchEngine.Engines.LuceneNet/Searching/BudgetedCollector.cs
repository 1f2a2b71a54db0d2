using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>
/// Passes every call to the collector it wraps and stops the search when the token is cancelled: checked at each
/// segment and every 4,096 collected documents, so a stop costs nothing measurable per document.
/// </summary>
internal sealed class BudgetedCollector(ICollector inner, CancellationToken cancellationToken) : ICollector
{
    private const int CheckInterval = 4096;
    private int untilCheck = CheckInterval;

    /// <inheritdoc/>
    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    /// <summary>Returns <paramref name="collector"/> wrapped when <paramref name="cancellationToken"/> can be cancelled, else itself.</summary>
    public static ICollector Wrap(ICollector collector, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled ? new BudgetedCollector(collector, cancellationToken) : collector;

    /// <inheritdoc/>
    public void Collect(int doc)
    {
        if (--untilCheck == 0)
        {
            untilCheck = CheckInterval;
            cancellationToken.ThrowIfCancellationRequested();
        }

        inner.Collect(doc);
    }

    /// <inheritdoc/>
    public void SetNextReader(AtomicReaderContext context)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }

    /// <inheritdoc/>
    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);
}
