namespace SearchEngine.Core.Index;

/// <summary>Settings of an <see cref="IndexWriter"/>, with defaults in code.</summary>
internal sealed record IndexWriterConfig
{
    /// <summary>Gets the memory, in MB, buffered documents may use before the largest buffer is written as a segment (default 256).</summary>
    public double RamBufferSizeMB { get; init; } = 256;

    /// <summary>Gets how to treat an existing index (default: append to it, or create one).</summary>
    public OpenMode OpenMode { get; init; } = OpenMode.CreateOrAppend;

    /// <summary>Gets the merge policy.</summary>
    public TieredMergePolicy MergePolicy { get; init; } = new();

    /// <summary>Gets a value indicating whether merges run on a background thread (default) or not at all until <see cref="IndexWriter.ForceMerge"/>.</summary>
    public bool MergeInBackground { get; init; } = true;

    /// <summary>Gets a value indicating whether disposing the writer commits pending changes (default false: they are rolled back).</summary>
    public bool CommitOnDispose { get; init; }
}
