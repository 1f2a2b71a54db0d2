namespace SearchEngine.News.Replication;

/// <summary>One file a commit needs, as measured on the disk of the index that made it; a copy is good only when both measures match.</summary>
/// <param name="Name">The file's name relative to the index folder (a plain name, never a path).</param>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, 64 lower-case hexadecimal digits.</param>
public sealed record NewsCommitFile(string Name, long Length, string Sha256);
