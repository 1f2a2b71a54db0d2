namespace SearchEngine.News.Replication;

/// <summary>What one <see cref="NewsReplica.InstallAsync"/> did: the commit now newest in the folder, what it fetched and what it pruned.</summary>
/// <param name="Generation">The installed commit's generation.</param>
/// <param name="FilesFetched">The files asked of the source (those the folder lacked or held with other bytes).</param>
/// <param name="BytesFetched">Their total length.</param>
/// <param name="FilesDeleted">The index files and leftover temporary files deleted because the installed commit does not use them.</param>
public sealed record NewsReplicaInstall(long Generation, int FilesFetched, long BytesFetched, int FilesDeleted);
