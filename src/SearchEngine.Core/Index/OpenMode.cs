namespace SearchEngine.Core.Index;

/// <summary>How an <see cref="IndexWriter"/> treats an existing index.</summary>
internal enum OpenMode
{
    /// <summary>Start an empty index; the first commit replaces whatever was there.</summary>
    Create,

    /// <summary>Add to the existing index; fail when there is none.</summary>
    Append,

    /// <summary>Add to the existing index, or start one when there is none.</summary>
    CreateOrAppend,
}
