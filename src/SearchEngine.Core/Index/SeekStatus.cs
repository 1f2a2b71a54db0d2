namespace SearchEngine.Core.Index;

/// <summary>The outcome of <see cref="TermsEnum.SeekCeil"/>.</summary>
internal enum SeekStatus
{
    /// <summary>The term exists; the enum is positioned on it.</summary>
    Found = 0,

    /// <summary>The term does not exist; the enum is positioned on the smallest greater term.</summary>
    NotFound = 1,

    /// <summary>The term is greater than every term of the field; the enum is exhausted.</summary>
    End = 2,
}
