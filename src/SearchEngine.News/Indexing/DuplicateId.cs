namespace SearchEngine.News.Indexing;

/// <summary>An article whose id an earlier article of the same run already had: it replaced that one in the index.</summary>
/// <param name="Id">The repeated id.</param>
/// <param name="Path">The file of the repeat, or null when not known.</param>
/// <param name="Line">The 1-based line of the repeat in <paramref name="Path"/>, or 0 when not known.</param>
public sealed record DuplicateId(string Id, string? Path, int Line)
{
    /// <summary>Returns "path:line: id" (or the id alone without a place), the form editors jump to.</summary>
    public override string ToString() => Path is null ? Id : $"{Path}:{Line}: {Id}";
}
