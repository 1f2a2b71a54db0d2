namespace SearchEngine.Core.Store;

/// <summary>
/// A flat set of named index files: create (write once), open for reading, rename, delete, and make durable.
/// </summary>
/// <remarks>
/// Files are written once and never modified; a commit becomes durable through <see cref="Sync"/> of its files,
/// an atomic <see cref="Rename"/> of the commit point, and <see cref="SyncMetaData"/> of the directory itself.
/// </remarks>
internal abstract class IndexDirectory : IDisposable
{
    /// <summary>Returns the names of all files, in ordinal order.</summary>
    public abstract IReadOnlyList<string> ListAll();

    /// <summary>Tells whether a file exists.</summary>
    public abstract bool FileExists(string name);

    /// <summary>Returns the length in bytes of an existing file.</summary>
    public abstract long FileLength(string name);

    /// <summary>Creates a new file for writing; fails if it exists.</summary>
    public abstract IndexOutput CreateOutput(string name);

    /// <summary>Opens an existing file for reading (the footer is not checked here; see <see cref="CodecUtil.OpenChecked"/>).</summary>
    public abstract IndexInput OpenInput(string name);

    /// <summary>Deletes a file; deleting a missing file is not an error.</summary>
    public abstract void DeleteFile(string name);

    /// <summary>Renames a file atomically, replacing <paramref name="destination"/> if it exists.</summary>
    public abstract void Rename(string source, string destination);

    /// <summary>Forces the contents of the named files to stable storage.</summary>
    public abstract void Sync(IEnumerable<string> names);

    /// <summary>Forces the directory's entries (creations, renames, deletions) to stable storage.</summary>
    public abstract void SyncMetaData();

    /// <summary>
    /// Takes the exclusive lock <paramref name="name"/> (one writer per index); throws
    /// <see cref="LockObtainFailedException"/> naming the holder when another writer has it.
    /// </summary>
    public abstract IndexLock ObtainLock(string name);

    /// <summary>Releases the directory.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the directory.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
