using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using SearchEngine.Benchmarks;

// `analysis-summary` is the quick Stopwatch figure; anything else goes to BenchmarkDotNet (e.g. --filter '*Analysis*').
if (!SharedCorpus.IsAvailable)
{
    Console.Error.WriteLine(SharedCorpus.MissingMessage);
    return 1;
}

if (args.Length > 0 && args[0] == AnalysisSummary.Command)
{
    return AnalysisSummary.Run(args.AsSpan(1));
}

// The machine has 2 noisy cores: one launch, 3 warm-up and 10 measured iterations keep the analysis filter to a few minutes.
IConfig config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short10"))
    .AddColumn(StatisticColumn.Median)
    .AddColumn([.. ThroughputColumn.All]);
IEnumerable<BenchmarkDotNet.Reports.Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
