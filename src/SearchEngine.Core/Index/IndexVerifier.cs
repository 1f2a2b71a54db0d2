using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <summary>
/// Checks an index completely: every checksum of every file of the latest commit, and the structure of every
/// segment (term order, postings within bounds and consistent with their counts, skip data against the blocks it
/// describes, positions, norms, stored fields, doc values, deletions). Any failure to decode a file, not only a
/// failed check, is reported as that file's corruption.
/// </summary>
internal static partial class IndexVerifier
{
    /// <summary>Verifies the latest commit in <paramref name="directory"/>; returns what was found, never throws for a damaged index.</summary>
    public static VerifyResult Verify(IndexDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        long generation = CommitPointFormat.LatestGeneration(directory);
        if (generation < 0)
        {
            return VerifyResult.Failed("(none)", "no commit point (segments_N): not an index");
        }

        string current = IndexFileNames.CommitFile(generation);
        try
        {
            CommitPoint commit = CommitPointFormat.Read(directory, generation);
            long bytes = 0;
            foreach (string file in commit.Files())
            {
                current = file;
                if (!directory.FileExists(file))
                {
                    return VerifyResult.Failed(file, "missing: the commit names it but the directory does not hold it");
                }

                bytes += directory.FileLength(file);
            }

            long liveDocs = 0;
            foreach (SegmentCommitInfo segment in commit.Segments)
            {
                current = segment.Info.Name;
                liveDocs += VerifySegment(directory, segment);
            }

            return new VerifyResult(true, null, null, commit.Generation, commit.Segments.Count, liveDocs, bytes);
        }
        catch (CorruptIndexException ex)
        {
            return VerifyResult.Failed(ex.Resource, ex.Message);
        }
        catch (FileNotFoundException ex)
        {
            return VerifyResult.Failed(Path.GetFileName(ex.FileName ?? current), "missing: " + ex.Message);
        }
        catch (IOException ex)
        {
            return VerifyResult.Failed(current, ex.Message);
        }
        catch (Exception ex) when (FileBounds.IsDecodingFailure(ex))
        {
            // A failure no check named a file for (the commit point or a segment info): name what was being read.
            return VerifyResult.Failed(current, FileBounds.Corrupt(current, ex).Message);
        }
    }

    private static int VerifySegment(IndexDirectory directory, SegmentCommitInfo commitInfo)
    {
        SegmentInfo info = commitInfo.Info;
        SegmentCore core = SegmentCore.Open(directory, info);
        try
        {
            using var reader = new SegmentReader(
                core,
                commitInfo.DeleteGeneration == 0 ? null : Codecs.LiveDocs.LiveDocsFormat.Read(directory, info.Name, commitInfo.DeleteGeneration, info.MaxDoc, commitInfo.DeleteCount),
                commitInfo.DeleteCount,
                commitInfo.DeleteGeneration);
            core = null!;
            foreach (FieldInfo field in info.FieldInfos)
            {
                if (field.IsIndexed)
                {
                    VerifyPostings(reader, field);
                }

                if (field.HasNorms)
                {
                    NormValues? norms = reader.GetNorms(field.Name);
                    if (norms is null || norms.MaxDoc != info.MaxDoc)
                    {
                        throw new CorruptIndexException(File(info, "nrm"), $"field '{field.Name}' has no norms for all {info.MaxDoc} documents");
                    }
                }

                VerifyDocValues(reader, field);
            }

            VerifyStoredFields(reader);
            return reader.NumDocs;
        }
        finally
        {
            core?.DecRef();
        }
    }

    /// <summary>Returns the name of <paramref name="info"/>'s file with <paramref name="extension"/>, or the .si file when there is none.</summary>
    private static string File(SegmentInfo info, string extension)
    {
        string name = IndexFileNames.SegmentFile(info.Name, extension);
        return info.Files.Contains(name) ? name : IndexFileNames.SegmentFile(info.Name, SegmentInfoFormat.Extension);
    }
}
