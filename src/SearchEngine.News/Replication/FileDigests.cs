using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SearchEngine.News.Replication;

/// <summary>
/// SHA-256 digests of the files of one index folder, streamed from disk and remembered per file name with the
/// length and last-write time they were taken at: index files are written once under a name and never changed, so a
/// file whose length and time are unchanged is not read again. A file changed in place without either changing
/// (bit rot) is not noticed here; <c>verify</c> checks every checksum.
/// </summary>
internal sealed class FileDigests(string folder)
{
    private readonly ConcurrentDictionary<string, (long Length, long WriteTicks, string Sha256)> known = new(StringComparer.Ordinal);

    /// <summary>Returns the length and SHA-256 of the file <paramref name="name"/>, or null when it does not exist.</summary>
    public NewsCommitFile? Measure(string name)
    {
        var info = new FileInfo(Path.Combine(folder, name));
        if (!info.Exists)
        {
            known.TryRemove(name, out _);
            return null;
        }

        long length = info.Length;
        long ticks = info.LastWriteTimeUtc.Ticks;
        if (known.TryGetValue(name, out (long Length, long WriteTicks, string Sha256) seen) && seen.Length == length && seen.WriteTicks == ticks)
        {
            return new NewsCommitFile(name, length, seen.Sha256);
        }

        string sha256 = Sha256Of(info.FullName);
        known[name] = (length, ticks, sha256);
        return new NewsCommitFile(name, length, sha256);
    }

    /// <summary>Records <paramref name="sha256"/> as the digest of the file <paramref name="name"/> as it is now on disk (just written and verified).</summary>
    public void Remember(string name, string sha256)
    {
        var info = new FileInfo(Path.Combine(folder, name));
        known[name] = (info.Length, info.LastWriteTimeUtc.Ticks, sha256);
    }

    /// <summary>Forgets the file <paramref name="name"/> (deleted).</summary>
    public void Forget(string name) => known.TryRemove(name, out _);

    /// <summary>Returns the SHA-256 of the file at <paramref name="path"/> as lower-case hexadecimal, reading it as a stream.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
