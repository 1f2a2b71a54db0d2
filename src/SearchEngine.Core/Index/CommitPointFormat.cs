using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <summary>
/// Writes commit points atomically and reads the latest one.
/// </summary>
/// <remarks>
/// <para>Grammar of <c>segments_N</c>:</para>
/// <code>
/// CommitPoint := Header("SearchEngine.Commit", 1) Generation:int64 NextSegmentCounter:int64
///                SegmentCount:VInt Segment^SegmentCount
///                UserDataCount:VInt (Key:string Value:string)^UserDataCount Footer
/// Segment     := Name:string MaxDoc:int32 DeleteGeneration:int64 DeleteCount:int32
/// </code>
/// <para>
/// Writing is the second phase of a commit: the caller has already written and synced every segment and
/// live documents file. The commit point is written to <c>pending_segments_N</c>, synced, renamed to
/// <c>segments_N</c> (atomic) and the directory synced, so a reader either sees the whole new commit or
/// the previous one, whatever moment the process is killed at.
/// </para>
/// </remarks>
internal static class CommitPointFormat
{
    private const string Codec = "SearchEngine.Commit";
    private const int Version = 1;

    /// <summary>Writes <paramref name="commit"/> durably (temp name, sync, rename, directory sync).</summary>
    public static void Write(IndexDirectory directory, CommitPoint commit)
    {
        string pending = IndexFileNames.PendingCommitPrefix + IndexFileNames.ToBase36(commit.Generation);
        directory.DeleteFile(pending);
        using (IndexOutput output = directory.CreateOutput(pending))
        {
            CodecUtil.WriteHeader(output, Codec, Version);
            output.WriteInt64(commit.Generation);
            output.WriteInt64(commit.NextSegmentCounter);
            output.WriteVInt32(commit.Segments.Count);
            foreach (SegmentCommitInfo segment in commit.Segments)
            {
                output.WriteString(segment.Info.Name);
                output.WriteInt32(segment.Info.MaxDoc);
                output.WriteInt64(segment.DeleteGeneration);
                output.WriteInt32(segment.DeleteCount);
            }

            output.WriteVInt32(commit.UserData.Count);
            foreach ((string key, string value) in commit.UserData.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                output.WriteString(key);
                output.WriteString(value);
            }

            CodecUtil.WriteFooter(output, Version);
        }

        directory.Sync([pending]);
        directory.Rename(pending, commit.FileName);
        directory.SyncMetaData();
    }

    /// <summary>Returns the highest commit generation present in the directory, or -1 when there is none.</summary>
    public static long LatestGeneration(IndexDirectory directory)
    {
        long latest = -1;
        foreach (string file in directory.ListAll())
        {
            latest = Math.Max(latest, IndexFileNames.ParseCommitGeneration(file));
        }

        return latest;
    }

    /// <summary>Reads and verifies commit <paramref name="generation"/> and the info files of its segments.</summary>
    public static CommitPoint Read(IndexDirectory directory, long generation)
    {
        (IndexInput input, _) = CodecUtil.OpenChecked(directory, IndexFileNames.CommitFile(generation), Codec, Version, Version);
        using (input)
        {
            long stored = input.ReadInt64();
            if (stored != generation)
            {
                throw input.Corrupt($"records generation {stored}, expected {generation}");
            }

            long nextSegment = input.ReadInt64();
            int count = input.ReadVInt32();
            var segments = new List<SegmentCommitInfo>(count);
            for (int i = 0; i < count; i++)
            {
                string name = input.ReadString();
                int maxDoc = input.ReadInt32();
                long deleteGeneration = input.ReadInt64();
                int deleteCount = input.ReadInt32();
                if (deleteGeneration < 0 || deleteCount < 0 || deleteCount > maxDoc || (deleteGeneration == 0) != (deleteCount == 0))
                {
                    throw input.Corrupt($"segment '{name}' has an invalid deletion record ({deleteCount} deleted at generation {deleteGeneration})");
                }

                SegmentInfo info = SegmentInfoFormat.Read(directory, name);
                if (info.MaxDoc != maxDoc)
                {
                    throw input.Corrupt($"segment '{name}' has {info.MaxDoc} documents, the commit says {maxDoc}");
                }

                segments.Add(new SegmentCommitInfo(info, deleteGeneration, deleteCount));
            }

            int userDataCount = input.ReadVInt32();
            var userData = new Dictionary<string, string>(userDataCount, StringComparer.Ordinal);
            for (int i = 0; i < userDataCount; i++)
            {
                userData[input.ReadString()] = input.ReadString();
            }

            if (input.Position != CodecUtil.ContentEnd(input))
            {
                throw input.Corrupt("unexpected bytes after the commit point");
            }

            return new CommitPoint(generation, segments, nextSegment, userData);
        }
    }
}
