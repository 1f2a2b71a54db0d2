using Lucene.Net.Analysis.Da;
using Lucene.Net.Util;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace SearchEngine.Engines.LuceneNet.Analysis;

/// <summary>The Lucene analysis chains of the languages the engine indexes: Danish (<c>da</c>) and Dutch (<c>nl</c>).</summary>
internal static class LanguageAnalyzers
{
    /// <summary>The language code of Danish.</summary>
    public const string Danish = "da";

    /// <summary>The language code of Dutch.</summary>
    public const string Dutch = "nl";

    /// <summary>The Lucene version whose analysis behaviour the chains follow.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Tells whether <paramref name="language"/> is a language the engine analyses.</summary>
    public static bool IsKnown(string? language) => language is Danish or Dutch;

    /// <summary>Creates a new analyzer of <paramref name="language"/>: Lucene's DanishAnalyzer, or the corrected Dutch chain.</summary>
    /// <exception cref="ArgumentException">The language is not <c>da</c> or <c>nl</c>.</exception>
    public static LuceneAnalyzer Create(string language) => language switch
    {
        Danish => new DanishAnalyzer(Version),
        Dutch => new CorrectedDutchAnalyzer(),
        _ => throw Unknown(language, nameof(language)),
    };

    /// <summary>Returns the error for a language the engine has no analyzer of.</summary>
    public static ArgumentException Unknown(string? language, string parameterName) =>
        new($"The lucenenet engine has no analyzer for the language '{language}'; it analyses '{Danish}' (Danish) and '{Dutch}' (Dutch).", parameterName);
}
