namespace SearchEngine.News.Articles;

/// <summary>One line of a <see cref="Utf8LineReader"/>: its number and bytes, or only its length when it is too long to keep.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Bytes">The line without its line break ("\n" or "\r\n"); empty when <see cref="Oversize"/>.</param>
/// <param name="Length">The line's length in bytes without its line break.</param>
/// <param name="Oversize">Whether the line exceeded the reader's limit and was read past without being kept.</param>
internal readonly record struct Utf8Line(int Number, ReadOnlyMemory<byte> Bytes, long Length, bool Oversize);
