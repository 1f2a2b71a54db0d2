using System.Diagnostics.CodeAnalysis;

namespace SearchEngine.Analysis;

/// <summary>Finds the analyzer for a language code ("da", "nl"); the shared instances are thread-safe.</summary>
public static class AnalyzerRegistry
{
    private static readonly Lazy<DanishAnalyzer> Danish = new(() => new DanishAnalyzer());
    private static readonly Lazy<DutchAnalyzer> Dutch = new(() => new DutchAnalyzer());

    /// <summary>Gets the language codes that have an analyzer, in a stable order.</summary>
    public static IReadOnlyList<string> Languages { get; } = [DanishAnalyzer.Language, DutchAnalyzer.Language];

    /// <summary>Returns the analyzer for <paramref name="language"/>, or throws naming the supported codes.</summary>
    public static Analyzer Get(string language) =>
        TryGet(language, out Analyzer? analyzer)
            ? analyzer
            : throw new ArgumentException($"Unknown language '{language}'; expected one of: {string.Join(", ", Languages)}.", nameof(language));

    /// <summary>Finds the analyzer for <paramref name="language"/> (case-insensitive); returns false for an unknown code.</summary>
    public static bool TryGet(string? language, [NotNullWhen(true)] out Analyzer? analyzer)
    {
        // Compared in place: a lookup per document must not allocate a case-folded copy.
        if (string.Equals(language, DanishAnalyzer.Language, StringComparison.OrdinalIgnoreCase))
        {
            analyzer = Danish.Value;
        }
        else if (string.Equals(language, DutchAnalyzer.Language, StringComparison.OrdinalIgnoreCase))
        {
            analyzer = Dutch.Value;
        }
        else
        {
            analyzer = null;
        }

        return analyzer is not null;
    }
}
