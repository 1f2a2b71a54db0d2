using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Store;

/// <summary>
/// An in-memory <see cref="IndexDirectory"/> that models a disk behind a page cache, for crash and failure tests
/// (Lucene's MockDirectoryWrapper): bytes not yet fsynced and directory changes not yet made durable may be lost at
/// a simulated power loss (<see cref="Crash"/>), and creates, writes, fsyncs, renames, deletes and directory syncs
/// throw <see cref="IOException"/> at random, by a seeded <see cref="Random"/>, at <see cref="FailureRate"/>.
/// </summary>
/// <remarks>
/// <para>
/// The model. A file is an inode reached through a name. <see cref="Sync"/> makes an inode's bytes durable and also
/// the directory entry that created it (ext4, XFS and btrfs commit a new file's entry with its fsync, and Lucene's
/// commit protocol relies on it). Every other change of names (create, rename, delete) stays volatile until
/// <see cref="SyncMetaData"/>. At a crash each volatile change is, independently and at random, kept or reverted,
/// replayed in the order it happened; a change whose premise the replay undid (renaming or deleting a name that
/// no longer refers to the same inode, creating a name that is taken) is reverted too, and a rename is atomic. An
/// inode that survives under some name holds its fsynced bytes; one never fsynced holds all, a prefix, none or a
/// garbled copy of what was written (the kernel may have written any part back, or only allocated blocks).
/// </para>
/// <para>
/// <see cref="CrashAfter"/> arms a crash at the n-th counted operation: that operation throws
/// <see cref="SimulatedCrashException"/> without taking effect, and so does every later call on this instance
/// (the process is gone); <see cref="Crash"/> then returns the directory as a reboot finds it.
/// </para>
/// </remarks>
internal sealed class FaultInjectingDirectory : IndexDirectory
{
    private readonly Lock gate = new();
    private readonly Random random;
    private readonly Dictionary<string, Inode> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Inode> durableNames = new(StringComparer.Ordinal);
    private readonly List<MetaChange> volatileChanges = [];
    private readonly HashSet<string> locks = new(StringComparer.Ordinal);
    private long crashCountdown;
    private bool crashed;

    /// <summary>Creates an empty directory whose random choices (failures, crash outcomes) follow <paramref name="seed"/>.</summary>
    public FaultInjectingDirectory(int seed)
    {
        random = new Random(seed);
    }

    /// <summary>Gets or sets the probability that a create, write, fsync, rename, delete or directory sync throws.</summary>
    public double FailureRate { get; set; }

    /// <summary>Gets or sets a rule that fails chosen operations (what: create, write, fsync, rename, delete, directory fsync; the file name).</summary>
    public Func<string, string, bool>? FailWhen { get; set; }

    /// <summary>Gets the number of failures injected so far.</summary>
    public int InjectedFailures { get; private set; }

    /// <summary>Gets the number of counted operations (creates, writes, fsyncs, renames, deletes, directory syncs) so far.</summary>
    public long Operations { get; private set; }

    /// <summary>Gets a value indicating whether this instance has crashed (every call on it throws).</summary>
    public bool IsCrashed
    {
        get
        {
            lock (gate)
            {
                return crashed;
            }
        }
    }

    /// <summary>Arms a crash at the <paramref name="operations"/>-th counted operation from now (0 disarms).</summary>
    public void CrashAfter(long operations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(operations);
        lock (gate)
        {
            crashCountdown = operations;
        }
    }

    /// <summary>
    /// Cuts the power (if an armed crash has not already) and returns the directory as the next boot finds it:
    /// volatile changes kept or reverted and unsynced bytes mangled as the model says; every file of the result is
    /// durable, it has no locks, and it injects no failures until told to.
    /// </summary>
    public FaultInjectingDirectory Crash()
    {
        lock (gate)
        {
            crashed = true;
            var replay = new Dictionary<string, Inode>(durableNames, StringComparer.Ordinal);
            foreach (MetaChange change in volatileChanges)
            {
                if (!change.Durable && random.Next(2) == 0)
                {
                    continue;
                }

                switch (change.Kind)
                {
                    case MetaKind.Create when !replay.ContainsKey(change.Name):
                        replay[change.Name] = change.Inode;
                        break;
                    case MetaKind.Delete when replay.GetValueOrDefault(change.Name) == change.Inode:
                        replay.Remove(change.Name);
                        break;
                    case MetaKind.Rename when replay.GetValueOrDefault(change.Name) == change.Inode:
                        replay.Remove(change.Name);
                        replay[change.Destination!] = change.Inode;
                        break;
                }
            }

            var rebooted = new FaultInjectingDirectory(random.Next());
            foreach ((string name, Inode inode) in replay)
            {
                var survivor = new Inode { Bytes = Pin(inode.DurableBytes ?? Mangle(inode.Written())) };
                survivor.DurableBytes = survivor.Bytes;
                rebooted.names[name] = survivor;
                rebooted.durableNames[name] = survivor;
            }

            return rebooted;
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> ListAll()
    {
        lock (gate)
        {
            ThrowIfCrashed();
            var list = new List<string>(names.Keys);
            list.Sort(StringComparer.Ordinal);
            return list;
        }
    }

    /// <inheritdoc />
    public override bool FileExists(string name)
    {
        lock (gate)
        {
            ThrowIfCrashed();
            return names.ContainsKey(name);
        }
    }

    /// <inheritdoc />
    public override long FileLength(string name)
    {
        lock (gate)
        {
            ThrowIfCrashed();
            return Get(name).Written().Length;
        }
    }

    /// <inheritdoc />
    public override IndexOutput CreateOutput(string name)
    {
        lock (gate)
        {
            Operation("create", name);
            if (names.ContainsKey(name))
            {
                throw new IOException($"File '{name}' already exists.");
            }

            var inode = new Inode();
            names[name] = inode;
            volatileChanges.Add(new MetaChange(MetaKind.Create, name, null, inode));
            return new IndexOutput(name, new InodeStream(this, name, inode));
        }
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name)
    {
        lock (gate)
        {
            ThrowIfCrashed();
            return new IndexInput(name, new PinnedArrayMemory(Get(name).Written()));
        }
    }

    /// <inheritdoc />
    public override void DeleteFile(string name)
    {
        lock (gate)
        {
            Operation("delete", name);
            if (names.Remove(name, out Inode? inode))
            {
                volatileChanges.Add(new MetaChange(MetaKind.Delete, name, null, inode));
            }
        }
    }

    /// <inheritdoc />
    public override void Rename(string source, string destination)
    {
        lock (gate)
        {
            Operation("rename", source);
            Inode inode = Get(source);
            names.Remove(source);
            names[destination] = inode;
            volatileChanges.Add(new MetaChange(MetaKind.Rename, source, destination, inode));
        }
    }

    /// <inheritdoc />
    public override void Sync(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (string name in names)
        {
            lock (gate)
            {
                Operation("fsync", name);
                Inode inode = Get(name);
                inode.DurableBytes = inode.Written();
                for (int c = 0; c < volatileChanges.Count; c++)
                {
                    MetaChange change = volatileChanges[c];
                    if (change.Kind == MetaKind.Create && change.Inode == inode)
                    {
                        change.Durable = true;

                        // The new entry cannot reach the disk before the earlier removal of the same name (an
                        // unlink, or a rename away): the journal commits them in order.
                        for (int earlier = 0; earlier < c; earlier++)
                        {
                            MetaChange before = volatileChanges[earlier];
                            if (before.Name == change.Name && before.Kind is MetaKind.Delete or MetaKind.Rename)
                            {
                                before.Durable = true;
                            }
                        }
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public override void SyncMetaData()
    {
        lock (gate)
        {
            Operation("directory fsync", ".");
            durableNames.Clear();
            foreach ((string name, Inode inode) in names)
            {
                durableNames[name] = inode;
            }

            volatileChanges.Clear();
        }
    }

    /// <inheritdoc />
    public override IndexLock ObtainLock(string name)
    {
        lock (gate)
        {
            ThrowIfCrashed();
            if (!locks.Add(name))
            {
                throw new LockObtainFailedException($"The simulated index is locked by another writer ('{name}').");
            }

            return new Releaser(this, name);
        }
    }

    /// <summary>Tells whether <paramref name="name"/> would survive a crash now with every byte a reader sees in it.</summary>
    public bool IsDurable(string name)
    {
        lock (gate)
        {
            if (!names.TryGetValue(name, out Inode? inode) || inode.DurableBytes is null || !inode.DurableBytes.AsSpan().SequenceEqual(inode.Written()))
            {
                return false;
            }

            bool entryDurable = durableNames.GetValueOrDefault(name) == inode;
            foreach (MetaChange change in volatileChanges)
            {
                if (change.Name != name && change.Destination != name)
                {
                    continue;
                }

                if (change is not { Kind: MetaKind.Create, Durable: true } || change.Inode != inode)
                {
                    return false;
                }

                entryDurable = true;
            }

            return entryDurable;
        }
    }

    /// <summary>Returns the bytes a reader sees in <paramref name="name"/> now, for tests of the model.</summary>
    public byte[] ReadAllBytes(string name)
    {
        lock (gate)
        {
            return [.. Get(name).Written()];
        }
    }

    private static byte[] Pin(byte[] bytes)
    {
        byte[] pinned = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(pinned, 0);
        return pinned;
    }

    private byte[] Mangle(byte[] written)
    {
        switch (random.Next(4))
        {
            case 0:
                return written;
            case 1:
                return written.Length == 0 ? written : written[..random.Next(written.Length)];
            case 2:
                return [];
            default:
                byte[] garbled = [.. written];
                int flips = 1 + random.Next(8);
                for (int i = 0; i < flips && garbled.Length > 0; i++)
                {
                    garbled[random.Next(garbled.Length)] ^= (byte)(1 + random.Next(255));
                }

                return garbled;
        }
    }

    /// <summary>Counts one operation, then crashes or fails it as armed or drawn (callers hold the gate).</summary>
    private void Operation(string what, string name)
    {
        ThrowIfCrashed();
        Operations++;
        if (crashCountdown > 0 && --crashCountdown == 0)
        {
            crashed = true;
            throw new SimulatedCrashException($"Simulated power loss at the {what} of '{name}'.");
        }

        if ((FailureRate > 0 && random.NextDouble() < FailureRate) || FailWhen?.Invoke(what, name) == true)
        {
            InjectedFailures++;
            throw new IOException($"Injected failure: the {what} of '{name}' failed.");
        }
    }

    private void ThrowIfCrashed()
    {
        if (crashed)
        {
            throw new SimulatedCrashException("The simulated machine lost power; this directory instance is gone.");
        }
    }

    private Inode Get(string name) =>
        names.TryGetValue(name, out Inode? inode) ? inode : throw new FileNotFoundException($"No file '{name}' in the simulated directory.", name);

    private void Write(string name, Inode inode, ReadOnlySpan<byte> bytes)
    {
        lock (gate)
        {
            Operation("write", name);
            inode.Pending.Write(bytes);
            inode.Bytes = null;
        }
    }

    private void Release(string name)
    {
        lock (gate)
        {
            locks.Remove(name);
        }
    }

    private enum MetaKind
    {
        Create,
        Delete,
        Rename,
    }

    /// <summary>A file's bytes: what processes see, and what is durable.</summary>
    private sealed class Inode
    {
        public MemoryStream Pending { get; } = new();

        public byte[]? Bytes { get; set; }

        public byte[]? DurableBytes { get; set; }

        /// <summary>Returns the bytes written so far, in a pinned array (IndexInput reads it through a pointer).</summary>
        public byte[] Written()
        {
            return Bytes ??= Pin(Pending.ToArray());
        }
    }

    /// <summary>A change of names not yet made durable by a directory sync.</summary>
    private sealed record MetaChange(MetaKind Kind, string Name, string? Destination, Inode Inode)
    {
        /// <summary>Gets or sets a value indicating whether an fsync of the created file made this creation durable.</summary>
        public bool Durable { get; set; }
    }

    /// <summary>The sink of one output: every write is a counted operation.</summary>
    private sealed class InodeStream(FaultInjectingDirectory owner, string name, Inode inode) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => owner.Write(name, inode, buffer.AsSpan(offset, count));
    }

    private sealed class Releaser(FaultInjectingDirectory owner, string name) : IndexLock
    {
        private int released;

        public override void EnsureValid() => ObjectDisposedException.ThrowIf(Volatile.Read(ref released) != 0, this);

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                owner.Release(name);
            }
        }
    }
}

/// <summary>Thrown by a <see cref="FaultInjectingDirectory"/> at and after its simulated power loss.</summary>
internal sealed class SimulatedCrashException : IOException
{
    /// <summary>Initializes the exception with a message saying where the power went.</summary>
    public SimulatedCrashException(string message)
        : base(message)
    {
    }
}
