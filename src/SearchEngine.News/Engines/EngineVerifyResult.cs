namespace SearchEngine.News.Engines;

/// <summary>What a full check of the latest commit found.</summary>
/// <param name="Ok">Whether every checksum and structure is sound.</param>
/// <param name="Generation">The commit generation checked.</param>
/// <param name="Segments">The number of segments.</param>
/// <param name="LiveDocs">The live documents.</param>
/// <param name="Bytes">The total size of the commit's files.</param>
/// <param name="BadFile">The first damaged file when not <paramref name="Ok"/>.</param>
/// <param name="Problem">What is wrong with it when not <paramref name="Ok"/>.</param>
public sealed record EngineVerifyResult(bool Ok, long Generation, int Segments, long LiveDocs, long Bytes, string? BadFile = null, string? Problem = null);
