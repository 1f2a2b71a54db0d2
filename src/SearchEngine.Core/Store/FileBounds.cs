namespace SearchEngine.Core.Store;

/// <summary>
/// The safety net at the open and verify boundary: any exception a decoder throws on bad bytes (an index out of
/// range, an overflow, an allocation too large, ...) becomes a <see cref="CorruptIndexException"/> naming the
/// file, so a bug in one decoder still reports "corrupt index: FILE" instead of crashing the caller.
/// </summary>
/// <remarks>
/// The readers check every count, length and offset against the file before using it (see
/// <see cref="IndexInput.CheckCount"/> and <see cref="IndexInput.CheckBelow"/>); this class only catches what a
/// missed check lets through. Environmental failures (a missing file, a denied read) are not decoding failures
/// and pass unchanged.
/// </remarks>
internal static class FileBounds
{
    /// <summary>Tells whether <paramref name="exception"/> is what a decoder throws on malformed content.</summary>
    public static bool IsDecodingFailure(Exception exception) => exception is IndexOutOfRangeException
        or ArgumentException
        or ArithmeticException
        or InvalidDataException
        or EndOfStreamException
        or OutOfMemoryException
        or FormatException
        or InvalidCastException
        or NullReferenceException
        or KeyNotFoundException
        or (InvalidOperationException and not ObjectDisposedException);

    /// <summary>Wraps a decoding failure of <paramref name="file"/> as a <see cref="CorruptIndexException"/> naming it.</summary>
    public static CorruptIndexException Corrupt(string file, Exception exception) =>
        new(file, $"cannot be decoded ({exception.GetType().Name}: {exception.Message})", exception);

    /// <summary>Runs <paramref name="decode"/>, turning any decoding failure into a <see cref="CorruptIndexException"/> naming <paramref name="file"/>.</summary>
    public static T Decode<T>(string file, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (Exception ex) when (IsDecodingFailure(ex))
        {
            throw Corrupt(file, ex);
        }
    }
}
