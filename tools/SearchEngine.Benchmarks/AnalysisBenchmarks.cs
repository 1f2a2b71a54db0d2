using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;

namespace SearchEngine.Benchmarks;

/// <summary>Measures one pass of the analyzer, the tokenizer and the stemmer over one language's shared corpus.</summary>
/// <remarks>
/// Each operation is a whole pass; <see cref="ThroughputColumn"/> turns its median time and allocation into
/// MB/s, tokens/s and bytes per token using the counts that <see cref="AnalysisWorkload"/> took once.
/// </remarks>
[MemoryDiagnoser]
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "BenchmarkDotNet only runs public benchmark classes.")]
public class AnalysisBenchmarks
{
    private AnalysisWorkload workload = null!;

    /// <summary>Gets or sets the language whose articles are analyzed.</summary>
    [Params("da", "nl")]
    public string Language { get; set; } = "da";

    /// <summary>Loads the corpus, counts each stage's tokens once and prints the counts to the benchmark log.</summary>
    [GlobalSetup]
    public void Setup()
    {
        workload = AnalysisWorkload.For(Language);
        Console.WriteLine(workload.Describe());
    }

    /// <summary>Runs the full analyzer over every text of the language.</summary>
    [Benchmark]
    public int Analyzer() => workload.Run(AnalysisStage.Analyzer);

    /// <summary>Runs the standard tokenizer alone over every text of the language.</summary>
    [Benchmark]
    public int Tokenizer() => workload.Run(AnalysisStage.Tokenizer);

    /// <summary>Runs the stemmer alone over every lower-cased token of the language.</summary>
    [Benchmark]
    public int Stemmer() => workload.Run(AnalysisStage.Stemmer);
}
