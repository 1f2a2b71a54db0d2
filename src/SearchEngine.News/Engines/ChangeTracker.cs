namespace SearchEngine.News.Engines;

/// <summary>
/// Counts an engine index's document changes and those its commits have taken in, so that disposal can tell whether
/// closing would lose any (then it must roll back) or only merges (which it may commit). Thread-safe. A change is
/// counted after the writer accepted it, and a commit takes the count before it begins: a change counted then
/// returned before the commit began, so the commit holds it; a later one may or may not be held and counts as
/// uncommitted, which errs on the side of rolling back.
/// </summary>
internal sealed class ChangeTracker
{
    private long changes;
    private long committed;

    /// <summary>Gets a value indicating whether every change counted so far is in a commit that returned.</summary>
    public bool AllCommitted => Interlocked.Read(ref changes) == Interlocked.Read(ref committed);

    /// <summary>Counts one change the writer has accepted.</summary>
    public void Changed() => Interlocked.Increment(ref changes);

    /// <summary>Returns the count a commit about to begin takes in; give it to <see cref="Committed"/> once the commit returns.</summary>
    public long BeforeCommit() => Interlocked.Read(ref changes);

    /// <summary>Records that the commit that began at <paramref name="taken"/> changes returned.</summary>
    public void Committed(long taken) => Interlocked.Exchange(ref committed, taken);
}
