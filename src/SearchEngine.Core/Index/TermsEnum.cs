namespace SearchEngine.Core.Index;

/// <summary>
/// Walks the terms of one field in ascending UTF-8 byte order and seeks to terms; gives the current term's
/// statistics and postings. One instance serves one thread.
/// </summary>
/// <remarks>
/// A new enum is unpositioned: call <see cref="MoveNext"/> or a seek first. Reading <see cref="Term"/>,
/// <see cref="DocFreq"/>, <see cref="TotalTermFreq"/>, <see cref="TermInfo"/> or calling <see cref="Postings"/> while
/// unpositioned or exhausted throws <see cref="InvalidOperationException"/>.
/// </remarks>
internal abstract class TermsEnum
{
    /// <summary>Gets the current term's UTF-8 bytes; valid until the enum moves.</summary>
    public abstract ReadOnlySpan<byte> Term { get; }

    /// <summary>Gets the number of documents containing the current term.</summary>
    public abstract int DocFreq { get; }

    /// <summary>Gets the number of occurrences of the current term (equal to <see cref="DocFreq"/> without frequencies).</summary>
    public abstract long TotalTermFreq { get; }

    /// <summary>Gets the current term's dictionary entry, to come back to it later with <see cref="SeekExact(ReadOnlySpan{byte}, in Index.TermInfo)"/>.</summary>
    public abstract TermInfo TermInfo { get; }

    /// <summary>Moves to the next term (the first term when unpositioned); returns false when there is none.</summary>
    public abstract bool MoveNext();

    /// <summary>Positions the enum on <paramref name="term"/> and returns true, or returns false when the field lacks it (the position is then the smallest greater term, or exhausted).</summary>
    public abstract bool SeekExact(ReadOnlySpan<byte> term);

    /// <summary>
    /// Positions the enum on <paramref name="term"/> whose entry <paramref name="info"/> came from this field's
    /// <see cref="TermInfo"/>, without searching the dictionary. <see cref="MoveNext"/> afterwards continues after the term.
    /// </summary>
    public abstract void SeekExact(ReadOnlySpan<byte> term, in TermInfo info);

    /// <summary>Positions the enum on <paramref name="term"/>, or on the smallest greater term, and says which.</summary>
    public abstract SeekStatus SeekCeil(ReadOnlySpan<byte> term);

    /// <summary>
    /// Returns the postings of the current term, decoding only <paramref name="features"/>. Pass a previous enum
    /// from the same segment as <paramref name="reuse"/> to recycle its buffers; the returned enum may be that
    /// instance, so the caller must not keep using the old iteration.
    /// </summary>
    public abstract PostingsEnum Postings(PostingsEnum? reuse, PostingsFeatures features);
}
