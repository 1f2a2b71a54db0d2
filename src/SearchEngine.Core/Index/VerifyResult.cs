namespace SearchEngine.Core.Index;

/// <summary>The outcome of <see cref="IndexVerifier.Verify"/>.</summary>
/// <param name="Ok">Whether every check passed.</param>
/// <param name="BadFile">The file found damaged or missing, when not ok.</param>
/// <param name="Problem">What is wrong with it, when not ok.</param>
/// <param name="Generation">The verified commit's generation.</param>
/// <param name="Segments">The number of segments.</param>
/// <param name="LiveDocs">The number of live documents.</param>
/// <param name="Bytes">The total size of the commit's files.</param>
internal sealed record VerifyResult(bool Ok, string? BadFile, string? Problem, long Generation, int Segments, long LiveDocs, long Bytes)
{
    /// <summary>Creates a failed result naming the file and the problem.</summary>
    public static VerifyResult Failed(string file, string problem) => new(false, file, problem, -1, 0, 0, 0);
}
