using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;

namespace SearchEngine.News.Replication;

/// <summary>
/// A read-only copy of another index in a local folder, brought to a given commit by <see cref="InstallAsync"/>:
/// files are fetched, verified against the manifest and made durable before the commit point, so the folder always
/// holds a whole commit that <see cref="NewsIndex.Open"/> and <see cref="NewsIndex.Refresh"/> serve.
/// </summary>
/// <remarks>
/// One install runs at a time per folder (the file <c>replica.lock</c>, held for the install, excludes other
/// processes too). No writer may use the folder: an install refuses a folder with a <c>write.lock</c>.
/// </remarks>
public sealed class NewsReplica
{
    /// <summary>
    /// The prefix of a file being fetched; leftovers of an interrupted install are deleted by the next. A prefix, not a
    /// suffix: Lucene takes every file whose name starts with <c>segments</c> for a commit point, so a
    /// <c>segments_N</c> being fetched must not start so.
    /// </summary>
    internal const string TemporaryPrefix = "replica-tmp.";

    /// <summary>The file an install holds locked while it runs.</summary>
    internal const string InstallLockFile = "replica.lock";

    /// <summary>The lock file of both engines' writers.</summary>
    private const string WriteLockFile = "write.lock";

    private const int BufferSize = 1 << 16;

    private readonly FileDigests digests;

    /// <summary>Opens the replica folder <paramref name="path"/> (created by the first install when missing); nothing is read until then.</summary>
    public NewsReplica(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        digests = new FileDigests(Path);
    }

    /// <summary>Gets the folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>
    /// Brings the folder to the commit <paramref name="manifest"/> describes: fetches from <paramref name="source"/>
    /// each file the folder lacks or holds with another length or SHA-256, into a temporary name, checks its length and
    /// SHA-256, flushes it to disk, and only once every file is verified moves them into place, the commit point last;
    /// then deletes the index files the installed commit does not use, and leftover temporary files.
    /// </summary>
    /// <remarks>
    /// Until the commit point is moved into place the folder's newest commit stays the one it had, so a failed or
    /// interrupted install leaves it whole and openable. Pruning deletes files the previous commit used while searches
    /// may still read them: on Linux an open file outlives its unlinking, so a search in flight on an older snapshot
    /// ends normally; elsewhere a file still open is not deleted and the next install tries again.
    /// </remarks>
    /// <exception cref="InvalidDataException">A fetched file differs from the manifest (the message names it, with the expected and actual length and SHA-256), or the manifest is malformed.</exception>
    /// <exception cref="ArgumentException">The folder holds a commit of the other engine.</exception>
    /// <exception cref="InvalidOperationException">The folder is a writer's (it has a <c>write.lock</c>), or another install into it is running.</exception>
    public async Task<NewsReplicaInstall> InstallAsync(NewsCommitManifest manifest, NewsCommitSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(source);
        CommitManifestJson.ThrowIfInvalid(manifest);
        Directory.CreateDirectory(Path);
        using FileStream installLock = TakeInstallLock();
        ThrowIfWritersFolder();
        ThrowIfOtherEngine(manifest);
        int deleted = DeleteTemporaries();

        // Phase one: fetch and verify into temporary names; nothing the folder's commits use is touched yet.
        var staged = new List<NewsCommitFile>();
        long bytes = 0;
        try
        {
            NewsCommitFile commitPoint = manifest.Find(manifest.CommitFile)!;
            foreach (NewsCommitFile file in manifest.Files)
            {
                if (!ReferenceEquals(file, commitPoint) && !IsPresent(file))
                {
                    await FetchAsync(manifest, file, source, cancellationToken).ConfigureAwait(false);
                    staged.Add(file);
                    bytes += file.Length;
                }
            }

            if (!IsPresent(commitPoint))
            {
                await FetchAsync(manifest, commitPoint, source, cancellationToken).ConfigureAwait(false);
                staged.Add(commitPoint);
                bytes += commitPoint.Length;
            }
        }
        catch
        {
            DeleteTemporaries();
            throw;
        }

        // Phase two: every file is verified and durable; move them into place, the commit point last. Index files
        // are written once under a name, so a staged file replaces no file the current commit reads, except in a
        // folder holding another index under the same names (a rebuild started over), which this commit replaces.
        foreach (NewsCommitFile file in staged)
        {
            if (file.Name != manifest.CommitFile)
            {
                MoveIntoPlace(file);
            }
        }

        if (NewsEngines.ReadMarker(Path) != manifest.Engine)
        {
            NewsEngines.WriteMarker(Path, manifest.Engine);
        }

        FolderSync.Sync(Path);
        if (staged.Count > 0 && staged[^1].Name == manifest.CommitFile)
        {
            MoveIntoPlace(staged[^1]);
            FolderSync.Sync(Path);
        }

        deleted += Prune(manifest);
        return new NewsReplicaInstall(manifest.Generation, staged.Count, bytes, deleted);
    }

    private FileStream TakeInstallLock()
    {
        string file = System.IO.Path.Combine(Path, InstallLockFile);
        try
        {
            return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Another install into the replica '{Path}' is running (it holds '{file}').", e);
        }
    }

    private void ThrowIfWritersFolder()
    {
        if (File.Exists(System.IO.Path.Combine(Path, WriteLockFile)))
        {
            throw new InvalidOperationException(
                $"'{Path}' is a writer's index folder (it has {WriteLockFile}): a replica is read-only, installed only into a folder no writer uses.");
        }
    }

    private void ThrowIfOtherEngine(NewsCommitManifest manifest)
    {
        string engine = manifest.Engine;
        string? folderEngine = NewsIndex.RecordedEngine(Path);
        if (folderEngine is not null && folderEngine != engine)
        {
            throw new ArgumentException(
                $"The replica '{Path}' holds a {folderEngine} index and the manifest is of a {engine} commit; a replica takes commits of its own engine only (install into an empty folder to change).",
                nameof(manifest));
        }
    }

    /// <summary>Tells whether the folder holds <paramref name="file"/> with the manifest's length and SHA-256.</summary>
    private bool IsPresent(NewsCommitFile file) => digests.Measure(file.Name) is { } local && local.Length == file.Length && local.Sha256 == file.Sha256;

    private async Task FetchAsync(NewsCommitManifest manifest, NewsCommitFile file, NewsCommitSource source, CancellationToken cancellationToken)
    {
        string temporary = System.IO.Path.Combine(Path, TemporaryPrefix + file.Name);
        long length = 0;
        string sha256;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            Stream input = await source(file.Name, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The source gave no stream for '{file.Name}'.");
            await using (input.ConfigureAwait(false))
            {
                var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
                await using (output.ConfigureAwait(false))
                {
                    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    int read;
                    while ((read = await input.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        length += read;
                        if (length > file.Length)
                        {
                            // Stop at once: a source sending too much must not fill the disk.
                            throw Mismatch(manifest, file, string.Create(CultureInfo.InvariantCulture, $"more than {file.Length} bytes"));
                        }

                        hash.AppendData(buffer, 0, read);
                        await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    }

                    sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
                    if (length != file.Length || sha256 != file.Sha256)
                    {
                        throw Mismatch(manifest, file, string.Create(CultureInfo.InvariantCulture, $"{length} bytes with SHA-256 {sha256}"));
                    }

                    await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                    output.Flush(flushToDisk: true);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private InvalidDataException Mismatch(NewsCommitManifest manifest, NewsCommitFile file, string actual) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"The file '{file.Name}' of the {manifest.Engine} commit {manifest.Generation} fetched for '{Path}' does not match its manifest: expected {file.Length} bytes with SHA-256 {file.Sha256}, got {actual}. Nothing of that commit was installed; the folder keeps its current commit."));

    private void MoveIntoPlace(NewsCommitFile file)
    {
        File.Move(System.IO.Path.Combine(Path, TemporaryPrefix + file.Name), System.IO.Path.Combine(Path, file.Name), overwrite: true);
        digests.Remember(file.Name, file.Sha256);
    }

    /// <summary>
    /// Deletes the index files <paramref name="manifest"/> does not use, and leftover temporary files; other files
    /// (the engine marker, the install lock, anything else kept beside the index) stay. On Linux a search still reading
    /// a deleted file of an older snapshot keeps reading it: an unlinked file lives on while open.
    /// </summary>
    private int Prune(NewsCommitManifest manifest)
    {
        int deleted = 0;
        foreach (string path in Directory.EnumerateFiles(Path))
        {
            string name = System.IO.Path.GetFileName(path);
            bool temporary = name.StartsWith(TemporaryPrefix, StringComparison.Ordinal);
            if (manifest.Find(name) is not null || (!temporary && !IsIndexFile(name)))
            {
                continue;
            }

            if (TryDelete(path))
            {
                digests.Forget(name);
                deleted++;
            }
        }

        return deleted;
    }

    private int DeleteTemporaries()
    {
        int deleted = 0;
        foreach (string path in Directory.EnumerateFiles(Path, TemporaryPrefix + "*"))
        {
            if (TryDelete(path))
            {
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Tells whether <paramref name="name"/> is a file of either engine's index (segment files and commit points; Lucene's <c>segments.gen</c> too).</summary>
    private static bool IsIndexFile(string name) =>
        name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith("pending_segments", StringComparison.Ordinal);

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            // Held open where the system forbids deleting an open file: the next install tries again.
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
