using System.Collections.Concurrent;

namespace SearchEngine.Core.Store;

/// <summary>An index directory held in memory, for tests and throw-away indexes; durability calls do nothing.</summary>
internal sealed class RamDirectory : IndexDirectory
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> locks = new(StringComparer.Ordinal);
    private readonly Lock renameLock = new();

    /// <inheritdoc />
    public override IReadOnlyList<string> ListAll()
    {
        var names = new List<string>(files.Keys);
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <inheritdoc />
    public override bool FileExists(string name) => files.ContainsKey(name);

    /// <inheritdoc />
    public override long FileLength(string name) => Get(name).Length;

    /// <inheritdoc />
    public override IndexOutput CreateOutput(string name)
    {
        if (!files.TryAdd(name, []))
        {
            throw new IOException($"File '{name}' already exists.");
        }

        var stream = new MemoryStream();
        return new IndexOutput(name, stream, _ => Overwrite(name, stream.GetBuffer().AsSpan(0, (int)stream.Length)));
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name) => new(name, new PinnedArrayMemory(Get(name)));

    /// <inheritdoc />
    public override void DeleteFile(string name) => files.TryRemove(name, out _);

    /// <inheritdoc />
    public override void Rename(string source, string destination)
    {
        lock (renameLock)
        {
            files[destination] = Get(source);
            files.TryRemove(source, out _);
        }
    }

    /// <inheritdoc />
    public override void Sync(IEnumerable<string> names)
    {
    }

    /// <inheritdoc />
    public override void SyncMetaData()
    {
    }

    /// <inheritdoc />
    public override IndexLock ObtainLock(string name)
    {
        lock (locks)
        {
            if (!locks.Add(name))
            {
                throw new LockObtainFailedException($"The in-memory index is locked by another writer ('{name}' is held in this process).");
            }
        }

        return new Releaser(() =>
        {
            lock (locks)
            {
                locks.Remove(name);
            }
        });
    }

    /// <summary>Replaces a file's bytes, for tests that simulate corruption.</summary>
    internal void Overwrite(string name, ReadOnlySpan<byte> bytes)
    {
        // Pinned, so IndexInput can read the array through a pointer (see PinnedArrayMemory).
        byte[] pinned = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(pinned);
        files[name] = pinned;
    }

    private byte[] Get(string name) =>
        files.TryGetValue(name, out byte[]? bytes) ? bytes : throw new FileNotFoundException($"No file '{name}' in the in-memory directory.", name);

    /// <summary>A lock in this process's memory: nothing but its holder can release it, so it is never lost.</summary>
    private sealed class Releaser(Action release) : IndexLock
    {
        private Action? release = release;

        public override void EnsureValid() => ObjectDisposedException.ThrowIf(Volatile.Read(ref release) is null, this);

        protected override void Dispose(bool disposing) => Interlocked.Exchange(ref release, null)?.Invoke();
    }
}
