using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <summary>
/// Writes commit points atomically and reads the latest one.
/// </summary>
/// <remarks>
/// <para>Grammar of <c>segments_N</c> (version 2; version 1 lacks both ids and is still read):</para>
/// <code>
/// CommitPoint := Header("SearchEngine.Commit", 2) Id:byte^16 Generation:int64 NextSegmentCounter:int64
///                SegmentCount:VInt Segment^SegmentCount
///                UserDataCount:VInt (Key:string Value:string)^UserDataCount Footer
/// Segment     := Name:string SegmentId:byte^16 MaxDoc:int32 DeleteGeneration:int64 DeleteCount:int32
/// </code>
/// <para>
/// Writing is the second phase of a commit: the caller has already written and synced every segment and
/// live documents file. The commit point is written to <c>pending_segments_N</c>, synced, renamed to
/// <c>segments_N</c> (atomic) and the directory synced, so a reader either sees the whole new commit or
/// the previous one, whatever moment the process is killed at. Reading checks each segment's id against its
/// <c>.si</c> file, so a segment of another index under the same name is corruption, not silently mixed in.
/// </para>
/// </remarks>
internal static class CommitPointFormat
{
    private const string Codec = "SearchEngine.Commit";
    private const int VersionWithoutIds = 1;
    private const int Version = 2;

    /// <summary>Writes <paramref name="commit"/> durably (temp name, sync, rename, directory sync).</summary>
    public static void Write(IndexDirectory directory, CommitPoint commit)
    {
        string pending = IndexFileNames.PendingCommitPrefix + IndexFileNames.ToBase36(commit.Generation);
        directory.DeleteFile(pending);
        using (IndexOutput output = directory.CreateOutput(pending))
        {
            CodecUtil.WriteHeader(output, Codec, Version);
            SegmentInfoFormat.WriteId(output, commit.Id);
            output.WriteInt64(commit.Generation);
            output.WriteInt64(commit.NextSegmentCounter);
            output.WriteVInt32(commit.Segments.Count);
            foreach (SegmentCommitInfo segment in commit.Segments)
            {
                output.WriteString(segment.Info.Name);
                SegmentInfoFormat.WriteId(output, segment.Info.Id);
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

    /// <summary>
    /// Reads only the id of commit <paramref name="generation"/> (header checked, checksum not: a cheap test of
    /// whether the commit is still the one a reader shows); empty for a version 1 commit.
    /// </summary>
    public static Guid ReadId(IndexDirectory directory, long generation)
    {
        using IndexInput input = directory.OpenInput(IndexFileNames.CommitFile(generation));
        int version = CodecUtil.CheckHeader(input, Codec, VersionWithoutIds, Version);
        return version >= 2 ? SegmentInfoFormat.ReadId(input) : Guid.Empty;
    }

    /// <summary>Reads and verifies commit <paramref name="generation"/> and the info files of its segments.</summary>
    public static CommitPoint Read(IndexDirectory directory, long generation)
    {
        (IndexInput input, int version) = CodecUtil.OpenChecked(directory, IndexFileNames.CommitFile(generation), Codec, VersionWithoutIds, Version);
        using (input)
        {
            bool hasIds = version >= 2;
            Guid id = hasIds ? SegmentInfoFormat.ReadId(input) : Guid.Empty;
            long stored = input.ReadInt64();
            if (stored != generation)
            {
                throw input.Corrupt($"records generation {stored}, expected {generation}");
            }

            long nextSegment = input.ReadInt64();
            if (nextSegment < 0)
            {
                throw input.Corrupt($"negative next segment number {nextSegment}");
            }

            // A segment entry takes at least 17 bytes (21 + 16 with its id), a user data pair 2.
            int count = input.CheckCount(input.ReadVInt32(), hasIds ? 17 + SegmentInfoFormat.IdLength : 17, "segment count", CodecUtil.FooterLength);
            var segments = new List<SegmentCommitInfo>(count);
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                string name = input.ReadString();
                Guid segmentId = hasIds ? SegmentInfoFormat.ReadId(input) : Guid.Empty;
                int maxDoc = input.ReadInt32();
                long deleteGeneration = input.ReadInt64();
                int deleteCount = input.ReadInt32();
                if (deleteGeneration < 0 || deleteCount < 0 || deleteCount > maxDoc || (deleteGeneration == 0) != (deleteCount == 0))
                {
                    throw input.Corrupt($"segment '{name}' has an invalid deletion record ({deleteCount} deleted at generation {deleteGeneration})");
                }

                if (!names.Add(name) || name.Length < 2 || name[0] != '_' || !IndexFileNames.TryParseBase36(name.AsSpan(1), out _))
                {
                    throw input.Corrupt($"segment name '{name}' is repeated or not a segment name");
                }

                SegmentInfo info = SegmentInfoFormat.Read(directory, name);
                if (info.MaxDoc != maxDoc)
                {
                    throw input.Corrupt($"segment '{name}' has {info.MaxDoc} documents, the commit says {maxDoc}");
                }

                if (hasIds && info.Id != segmentId)
                {
                    throw new CorruptIndexException(
                        IndexFileNames.SegmentFile(name, SegmentInfoFormat.Extension),
                        $"segment id {info.Id:N} differs from {segmentId:N} that commit {input.Name} names: a segment of another index under the same name");
                }

                segments.Add(new SegmentCommitInfo(info, deleteGeneration, deleteCount));
            }

            int userDataCount = input.CheckCount(input.ReadVInt32(), 2, "user data count", CodecUtil.FooterLength);
            var userData = new Dictionary<string, string>(userDataCount, StringComparer.Ordinal);
            for (int i = 0; i < userDataCount; i++)
            {
                userData[input.ReadString()] = input.ReadString();
            }

            if (input.Position != CodecUtil.ContentEnd(input))
            {
                throw input.Corrupt("unexpected bytes after the commit point");
            }

            return new CommitPoint(generation, segments, nextSegment, userData, id);
        }
    }
}
