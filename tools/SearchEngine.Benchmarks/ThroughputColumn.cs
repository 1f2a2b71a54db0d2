using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SearchEngine.Benchmarks;

/// <summary>
/// A summary column derived from a <see cref="AnalysisBenchmarks"/> case's median time and allocation and the
/// counts of its <see cref="AnalysisWorkload"/> (recounted in the host process, deterministically the same).
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly string name;
    private readonly string legend;
    private readonly Func<StageSize, double, long?, double?> compute;
    private readonly string format;

    private ThroughputColumn(string name, string legend, string format, Func<StageSize, double, long?, double?> compute)
    {
        this.name = name;
        this.legend = legend;
        this.format = format;
        this.compute = compute;
    }

    /// <summary>Gets the columns: tokens per operation, MB/s of UTF-16 and UTF-8, million tokens/s and allocated bytes per token.</summary>
    public static IReadOnlyList<IColumn> All { get; } =
    [
        new ThroughputColumn("Tokens/op", "Tokens emitted (analyzer: after stop words) or stemmed per operation", "0", (size, _, _) => size.Tokens),
        new ThroughputColumn("MB/s UTF-16", "Median throughput in 10^6 bytes/s of the UTF-16 text read (2 bytes per char)", "0.0", (size, ns, _) => size.Utf16Bytes * 1e3 / ns),
        new ThroughputColumn("MB/s UTF-8", "Median throughput in 10^6 bytes/s of the same text encoded as UTF-8", "0.0", (size, ns, _) => size.Utf8Bytes * 1e3 / ns),
        new ThroughputColumn("Mtok/s", "Median throughput in 10^6 tokens/s", "0.00", (size, ns, _) => size.Tokens * 1e3 / ns),
        new ThroughputColumn("B/token", "Allocated bytes per operation divided by Tokens/op", "0.0000", (size, _, allocated) => allocated is long bytes ? (double)bytes / size.Tokens : null),
    ];

    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn) + "." + name;

    /// <inheritdoc />
    public string ColumnName => name;

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => legend;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        BenchmarkReport? report = summary[benchmarkCase];
        if (benchmarkCase.Descriptor.Type != typeof(AnalysisBenchmarks)
            || !Enum.TryParse(benchmarkCase.Descriptor.WorkloadMethod.Name, out AnalysisStage stage)
            || benchmarkCase.Parameters[nameof(AnalysisBenchmarks.Language)] is not string language
            || report?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        StageSize size = AnalysisWorkload.For(language).Stages[stage];
        double? value = compute(size, statistics.Median, report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase));
        return value is double number ? number.ToString(format, CultureInfo.InvariantCulture) : "?";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public override string ToString() => name;
}
