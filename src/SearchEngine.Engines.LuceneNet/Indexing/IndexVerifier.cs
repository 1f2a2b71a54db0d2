using System.Globalization;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchEngine.News.Engines;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Engines.LuceneNet.Indexing;

/// <summary>
/// Checks the latest commit with Lucene.Net's CheckIndex (every checksum, postings, norms, stored fields and doc
/// values) and, when it finds damage, names the first damaged file and what is wrong with it.
/// </summary>
/// <remarks>
/// The commit itself (segments_N) is read first, then every file's checksum footer is checked (CheckIndex checks the
/// files inside a compound file but not the compound file's own footer), then CheckIndex runs. CheckIndex reports
/// a failed segment only in its log, so such a failure is named by the segment's first file and the log's reason.
/// </remarks>
internal static class IndexVerifier
{
    /// <summary>Checks the latest commit of <paramref name="directory"/> (which must have one).</summary>
    public static EngineVerifyResult Verify(LuceneDirectory directory)
    {
        string segmentsFile = SegmentInfos.GetLastCommitSegmentsFileName(directory);
        long generation = SegmentInfos.GenerationFromSegmentsFileName(segmentsFile);
        SegmentInfos infos;
        try
        {
            infos = CommitFiles.ReadLatest(directory);
        }
        catch (FileNotFoundException e) when (e.FileName is not null)
        {
            return new EngineVerifyResult(false, generation, 0, 0, ExistingBytes(directory, [segmentsFile]), System.IO.Path.GetFileName(e.FileName),
                $"The file is missing: the commit {segmentsFile} cannot be read without it ({e.Message}).");
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
        {
            // Reading the commit also reads each segment's .si; a damaged one, or a damaged segments_N, is named by its checksum.
            (string unreadable, string reason) = DiagnoseUnreadableCommit(directory, segmentsFile, e);
            return new EngineVerifyResult(false, generation, 0, 0, ExistingBytes(directory, [segmentsFile]), unreadable, reason);
        }

        ICollection<string> files = CommitFiles.Files(infos, directory);
        long bytes = ExistingBytes(directory, files);
        long liveDocs = CommitFiles.LiveDocs(infos);

        // Every file's own checksum first: CheckIndex verifies the files inside a compound file, not its footer.
        if (FindDamagedFile(directory, files) is var (damaged, why))
        {
            return new EngineVerifyResult(false, infos.Generation, infos.Count, liveDocs, bytes, damaged, why);
        }

        using var log = new StringWriter(CultureInfo.InvariantCulture);
        var checker = new CheckIndex(directory) { InfoStream = log };
        CheckIndex.Status status = checker.DoCheckIndex();
        if (status.Clean)
        {
            return new EngineVerifyResult(true, infos.Generation, infos.Count, liveDocs, bytes);
        }

        (string badFile, string problem) = FindFailedSegment(infos, status, log.ToString())
            ?? (segmentsFile, "CheckIndex found the commit unsound: " + Summary(log.ToString()));
        return new EngineVerifyResult(false, infos.Generation, infos.Count, liveDocs, bytes, badFile, problem);
    }

    /// <summary>
    /// Names the file that makes a commit unreadable: the first index file of the folder whose checksum fails, else
    /// the commit file itself, with <paramref name="error"/>'s message (Lucene's own message often names neither).
    /// </summary>
    public static (string File, string Problem) DiagnoseUnreadableCommit(LuceneDirectory directory, string segmentsFile, Exception error)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(error);
        IEnumerable<string> indexFiles = directory.ListAll().Where(static f => f.StartsWith('_') || f.StartsWith("segments", StringComparison.Ordinal));
        return FindDamagedFile(directory, indexFiles) is var (file, problem)
            ? (file, $"The commit cannot be read: {problem}")
            : (segmentsFile, $"The commit cannot be read: {error.Message}");
    }

    /// <summary>Returns the first of <paramref name="files"/> that is missing or whose checksum footer disagrees with its content, with what is wrong.</summary>
    public static (string File, string Problem)? FindDamagedFile(LuceneDirectory directory, IEnumerable<string> files)
    {
        var present = new HashSet<string>(directory.ListAll(), StringComparer.Ordinal);
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            if (!present.Contains(file))
            {
                return (file, "The file is missing.");
            }

            try
            {
                using IndexInput input = directory.OpenInput(file, IOContext.READ_ONCE);
                CodecUtil.ChecksumEntireFile(input);
            }
            catch (IOException e)
            {
                return (file, $"The checksum check failed: {e.Message}");
            }
        }

        return null;
    }

    // The first segment CheckIndex could not open or verify, named by its first file.
    private static (string File, string Problem)? FindFailedSegment(SegmentInfos infos, CheckIndex.Status status, string log)
    {
        foreach (CheckIndex.Status.SegmentInfoStatus segment in status.SegmentInfos)
        {
            Exception? error = segment.FieldNormStatus?.Error ?? segment.TermIndexStatus?.Error ?? segment.StoredFieldStatus?.Error
                ?? segment.TermVectorStatus?.Error ?? segment.DocValuesStatus?.Error;
            bool failed = error is not null || !segment.OpenReaderPassed || segment.FieldNormStatus is null;
            if (!failed)
            {
                continue;
            }

            string file = infos.Segments.FirstOrDefault(s => s.Info.Name == segment.Name)?.GetFiles().Order(StringComparer.Ordinal).FirstOrDefault()
                ?? segment.Name + ".si";
            string problem = error is not null
                ? $"Segment {segment.Name} failed CheckIndex: {error.Message}"
                : $"Segment {segment.Name} failed CheckIndex: {Summary(log)}";
            return (file, problem);
        }

        return null;
    }

    // The lines of CheckIndex's log that say what failed.
    private static string Summary(string log)
    {
        string[] lines = log.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string[] failures = [.. lines.Where(static line =>
            line.Contains("ERROR", StringComparison.Ordinal) || line.Contains("FAILED", StringComparison.Ordinal)
            || line.Contains("WARNING", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal)).Take(5)];
        return failures.Length > 0 ? string.Join(" | ", failures) : "no reason given";
    }

    private static long ExistingBytes(LuceneDirectory directory, IEnumerable<string> files)
    {
        var present = new HashSet<string>(directory.ListAll(), StringComparer.Ordinal);
        return CommitFiles.Bytes(directory, files.Where(present.Contains));
    }
}
