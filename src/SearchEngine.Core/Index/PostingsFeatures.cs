namespace SearchEngine.Core.Index;

/// <summary>
/// What a caller needs from a <see cref="PostingsEnum"/>; the reader skips decoding the rest. Asking for more than
/// the field indexed is allowed: the missing parts read as their defaults (freq 1, position and offsets -1).
/// </summary>
[Flags]
internal enum PostingsFeatures
{
    /// <summary>Document ids only (filters, existence); <see cref="PostingsEnum.Freq"/> reads 1.</summary>
    None = 0,

    /// <summary>Term frequencies (scoring).</summary>
    Freqs = 1,

    /// <summary>Positions (phrase queries); implies <see cref="Freqs"/>.</summary>
    Positions = 2,

    /// <summary>Character offsets (highlighting); implies <see cref="Positions"/>.</summary>
    Offsets = 4,

    /// <summary>Everything the field indexed.</summary>
    All = Freqs | Positions | Offsets,
}
