namespace SearchEngine.Analysis.LanguageDetection;

/// <summary>The outcome of <see cref="LanguageDetector.Detect"/>: the more likely language and how likely it is.</summary>
/// <param name="Language">The more likely language: <see cref="LanguageDetector.Danish"/> ("da") or <see cref="LanguageDetector.Dutch"/> ("nl").</param>
/// <param name="Confidence">The posterior probability of <paramref name="Language"/>, from 0.5 (no evidence) to 1.</param>
public readonly record struct DetectionResult(string Language, double Confidence);
