namespace SearchEngine.Core.Index;

/// <summary>What a <see cref="StoredFieldVisitor"/> wants done with the next stored field of a document.</summary>
internal enum StoredFieldStatus
{
    /// <summary>Decode the field and pass it to the visitor.</summary>
    Yes = 0,

    /// <summary>Skip the field without decoding it.</summary>
    No = 1,

    /// <summary>Stop visiting this document: the visitor has all it needs (e.g. only the id was wanted).</summary>
    Stop = 2,
}
