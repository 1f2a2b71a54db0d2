namespace SearchEngine.Server.Articles;

/// <summary>One line of an NDJSON body (<see cref="NdjsonLineReader"/>): its number and bytes, or only its length when it is too long to keep.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Bytes">The line without its line break ("\n" or "\r\n"), valid until the next read; empty when <paramref name="Oversize"/>.</param>
/// <param name="Length">The line's length in bytes without its line break.</param>
/// <param name="Oversize">Whether the line exceeded the limit and was read past without being kept.</param>
internal readonly record struct NdjsonLine(int Number, ReadOnlyMemory<byte> Bytes, long Length, bool Oversize);
