using System.Diagnostics;
using System.Globalization;

namespace SearchEngine.Benchmarks;

/// <summary>
/// The quick measurement without BenchmarkDotNet: per language, warm-up passes over the whole corpus, then
/// <c>passes</c> timed passes, printing one line with the median throughput and the steady-state allocation.
/// </summary>
/// <remarks>
/// A single warm-up pass leaves much of the chain in tier-0 code (tiered compilation promotes a method only
/// after 30 calls and a 100 ms quiet period, in the background), which measured up to 3 times slower than the
/// steady state; so the warm-up runs at least <c>--warmup</c> passes and at least <c>--warmup-seconds</c>.
/// </remarks>
internal static class AnalysisSummary
{
    /// <summary>The command-line word that selects this mode.</summary>
    public const string Command = "analysis-summary";

    private const string Usage =
        "usage: analysis-summary [--passes N (default 5)] [--warmup N (minimum warm-up passes, default 1)] [--warmup-seconds S (minimum warm-up time, default 2)] [--stage analyzer|tokenizer|stemmer|all (default analyzer)]";

    /// <summary>Parses the arguments after the command, runs the measurement and returns the exit code.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        int passes = 5;
        int warmups = 1;
        double warmupSeconds = 2;
        AnalysisStage[] stages = [AnalysisStage.Analyzer];
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            bool ok = args[i] switch
            {
                "--passes" => int.TryParse(value, CultureInfo.InvariantCulture, out passes) && passes > 0,
                "--warmup" => int.TryParse(value, CultureInfo.InvariantCulture, out warmups) && warmups >= 0,
                "--warmup-seconds" => double.TryParse(value, CultureInfo.InvariantCulture, out warmupSeconds) && warmupSeconds >= 0,
                "--stage" => TryParseStages(value, out stages),
                _ => false,
            };
            if (!ok)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            i++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# per language and stage: {passes} timed passes after at least {warmups} warm-up pass(es) and {warmupSeconds} s of warm-up; MB = 10^6 bytes; B/token = bytes allocated by this thread during the timed passes / tokens emitted"));
        foreach (string language in Analysis.AnalyzerRegistry.Languages)
        {
            AnalysisWorkload workload = AnalysisWorkload.For(language);
            foreach (AnalysisStage stage in stages)
            {
                Console.WriteLine(Measure(workload, stage, passes, warmups, TimeSpan.FromSeconds(warmupSeconds)));
            }
        }

        return 0;
    }

    private static string Measure(AnalysisWorkload workload, AnalysisStage stage, int passes, int warmups, TimeSpan warmupTime)
    {
        long warmupStart = Stopwatch.GetTimestamp();
        int warmupPasses = 0;
        while (warmupPasses < warmups || Stopwatch.GetElapsedTime(warmupStart) < warmupTime)
        {
            workload.Run(stage);
            warmupPasses++;
        }

        var seconds = new double[passes];
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < passes; i++)
        {
            long start = Stopwatch.GetTimestamp();
            workload.Run(stage);
            seconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(seconds);
        double median = passes % 2 == 1 ? seconds[passes / 2] : (seconds[(passes / 2) - 1] + seconds[passes / 2]) / 2;
        StageSize size = workload.Stages[stage];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{workload.Language} {stage.ToString().ToLowerInvariant(),-9} texts={workload.TextCount} chars={size.Chars} tokens={size.Tokens} warmup={warmupPasses} median={median * 1e3:0.00} ms  {size.Utf16Bytes / median / 1e6:0.0} MB/s UTF-16  {size.Utf8Bytes / median / 1e6:0.0} MB/s UTF-8  {size.Tokens / median / 1e6:0.00} Mtokens/s  {(double)allocated / passes / size.Tokens:0.0000} B/token");
    }

    private static bool TryParseStages(string? value, out AnalysisStage[] stages)
    {
        if (value == "all")
        {
            stages = Enum.GetValues<AnalysisStage>();
            return true;
        }

        bool ok = Enum.TryParse(value, ignoreCase: true, out AnalysisStage stage) && Enum.IsDefined(stage);
        stages = [stage];
        return ok;
    }
}
