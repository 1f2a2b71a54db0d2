using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using SearchEngine.Analysis;
using SearchEngine.Analysis.Filters;
using SearchEngine.Analysis.Stemming;
using SearchEngine.Analysis.Tokenization;

namespace SearchEngine.Benchmarks;

/// <summary>The part of the analysis chain a measurement runs.</summary>
internal enum AnalysisStage
{
    /// <summary>The language's full analyzer from <see cref="AnalyzerRegistry"/>, over every text.</summary>
    Analyzer,

    /// <summary>A <see cref="StandardTokenizer"/> alone, over every text.</summary>
    Tokenizer,

    /// <summary>The language's stemmer alone, over every lower-cased token of the tokenizer.</summary>
    Stemmer,
}

/// <summary>
/// One language's texts of the shared corpus and what one pass of each <see cref="AnalysisStage"/> reads and
/// emits, counted once when the workload is built, so that throughput and allocation per token are derived
/// from counts rather than estimated. Not thread-safe: the tokenizer and stemmer scratch buffer are reused, as
/// the analyzer reuses its per-thread chain, so that a pass measures the steady state rather than set-up.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Cached for the life of the process; a StandardTokenizer holds no resources to release.")]
internal sealed class AnalysisWorkload
{
    private static readonly ConcurrentDictionary<string, AnalysisWorkload> Cache = new(StringComparer.Ordinal);

    private readonly string[] texts;
    private readonly StandardTokenizer tokenizer = new();
    private readonly IStemmer stemmer;

    // The lower-cased tokenizer tokens of every text, back to back, for the stemmer stage.
    private readonly char[] tokenChars;
    private readonly int[] tokenStarts;
    private readonly int[] tokenLengths;
    private readonly char[] stemScratch;

    private AnalysisWorkload(string language)
    {
        Language = language;
        texts = SharedCorpus.Texts(language);
        stemmer = language switch
        {
            "da" => new DanishStemmer(),
            "nl" => new DutchStemmer(),
            _ => throw new ArgumentException($"No stemmer for language '{language}'.", nameof(language)),
        };

        var chars = new StringBuilder();
        var starts = new List<int>();
        var lengths = new List<int>();
        var source = new StandardTokenizer();
        using (var lowerCased = new LowerCaseFilter(source))
        {
            foreach (string text in texts)
            {
                source.SetInput(text.AsMemory());
                lowerCased.Reset();
                while (lowerCased.IncrementToken())
                {
                    starts.Add(chars.Length);
                    lengths.Add(lowerCased.Attributes.TermLength);
                    chars.Append(lowerCased.Attributes.Term);
                }
            }
        }

        tokenChars = chars.ToString().ToCharArray();
        tokenStarts = [.. starts];
        tokenLengths = [.. lengths];
        stemScratch = new char[tokenLengths.Length == 0 ? 1 : tokenLengths.Max()];

        long textChars = texts.Sum(text => (long)text.Length);
        long textUtf8 = texts.Sum(text => (long)Encoding.UTF8.GetByteCount(text));
        long tokenUtf8 = Encoding.UTF8.GetByteCount(tokenChars);
        Stages = new Dictionary<AnalysisStage, StageSize>
        {
            [AnalysisStage.Analyzer] = new(textChars, textUtf8, Run(AnalysisStage.Analyzer)),
            [AnalysisStage.Tokenizer] = new(textChars, textUtf8, Run(AnalysisStage.Tokenizer)),
            [AnalysisStage.Stemmer] = new(tokenChars.Length, tokenUtf8, tokenLengths.Length),
        };
    }

    /// <summary>Gets the language code ("da" or "nl").</summary>
    public string Language { get; }

    /// <summary>Gets the number of texts (non-empty titles and bodies) in a pass.</summary>
    public int TextCount => texts.Length;

    /// <summary>Gets what one pass of each stage reads and emits.</summary>
    public IReadOnlyDictionary<AnalysisStage, StageSize> Stages { get; }

    /// <summary>Returns the workload of <paramref name="language"/>, loading the corpus on first use.</summary>
    public static AnalysisWorkload For(string language) => Cache.GetOrAdd(language, static code => new AnalysisWorkload(code));

    /// <summary>
    /// Runs one pass of <paramref name="stage"/> over the whole workload and returns the number of tokens emitted
    /// (for the stemmer, the total length of the stems, which keeps the stemming from being optimized away).
    /// </summary>
    public int Run(AnalysisStage stage) => stage switch
    {
        AnalysisStage.Analyzer => RunAnalyzer(),
        AnalysisStage.Tokenizer => RunTokenizer(),
        AnalysisStage.Stemmer => RunStemmer(),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>Describes the workload in one line per stage, for the benchmark log.</summary>
    public string Describe() => string.Join(
        Environment.NewLine,
        Stages.Select(pair => string.Create(
            CultureInfo.InvariantCulture,
            $"// workload {Language} {pair.Key}: {TextCount} texts, {pair.Value.Chars} chars read ({pair.Value.Utf16Bytes} UTF-16 bytes, {pair.Value.Utf8Bytes} UTF-8 bytes), {pair.Value.Tokens} tokens per operation")));

    private int RunAnalyzer()
    {
        int tokens = 0;
        foreach (string text in texts)
        {
            TokenStream stream = AnalyzerRegistry.Get(Language).GetTokenStream(text);
            while (stream.IncrementToken())
            {
                tokens++;
            }
        }

        return tokens;
    }

    private int RunTokenizer()
    {
        int tokens = 0;
        foreach (string text in texts)
        {
            tokenizer.SetInput(text.AsMemory());
            tokenizer.Reset();
            while (tokenizer.IncrementToken())
            {
                tokens++;
            }
        }

        return tokens;
    }

    private int RunStemmer()
    {
        int stemmedLength = 0;
        Span<char> scratch = stemScratch;
        for (int i = 0; i < tokenStarts.Length; i++)
        {
            // The stemmer rewrites its argument, so each pass stems a fresh copy of the token.
            Span<char> word = scratch[..tokenLengths[i]];
            tokenChars.AsSpan(tokenStarts[i], word.Length).CopyTo(word);
            stemmedLength += stemmer.Stem(word);
        }

        return stemmedLength;
    }
}

/// <summary>What one pass of a stage reads and emits.</summary>
/// <param name="Chars">The UTF-16 code units read: the texts, or for the stemmer the lower-cased tokens.</param>
/// <param name="Utf8Bytes">The size of the same characters encoded as UTF-8.</param>
/// <param name="Tokens">The tokens emitted (analyzer: after stop-word removal) or stemmed.</param>
internal readonly record struct StageSize(long Chars, long Utf8Bytes, int Tokens)
{
    /// <summary>Gets the size of the characters read in UTF-16 (two bytes per code unit).</summary>
    public long Utf16Bytes => Chars * 2;
}
