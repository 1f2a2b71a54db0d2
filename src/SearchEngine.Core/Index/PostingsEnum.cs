namespace SearchEngine.Core.Index;

/// <summary>
/// Iterates the postings of one term: documents in ascending order, and for each its frequency, positions and
/// offsets as requested; also exposes the block impacts that let BM25 top-k skip documents that cannot compete.
/// One instance serves one thread.
/// </summary>
/// <remarks>
/// <para>Documents: <see cref="DocId"/> is -1 before the first <see cref="NextDoc"/> and <see cref="NoMoreDocs"/>
/// after the last. Positions: call <see cref="NextPosition"/> at most <see cref="Freq"/> times per document;
/// positions left unread are skipped when the enum moves on.</para>
/// <para>Impacts: postings are stored in blocks of 128 documents, each with its competitive (frequency, norm)
/// pairs. <see cref="AdvanceShallow"/> moves only this block summary (no documents are decoded and
/// <see cref="DocId"/> does not change); <see cref="GetImpacts"/> then returns the pairs of the block that holds
/// the target and <see cref="BlockEndDoc"/> the last document id they cover. Terms with at most one block carry
/// no per-block data: their single impact is an upper bound (the largest frequency any document can have, with
/// norm 0, or 1 in a field without norms) covering up to <see cref="NoMoreDocs"/>; so is the impact past the
/// term's last document.</para>
/// </remarks>
internal abstract class PostingsEnum
{
    /// <summary>The document id that marks exhaustion.</summary>
    public const int NoMoreDocs = int.MaxValue;

    /// <summary>Gets the current document id: -1 before the first document, <see cref="NoMoreDocs"/> after the last.</summary>
    public abstract int DocId { get; }

    /// <summary>Gets the term frequency in the current document (1 when not indexed or not requested).</summary>
    public abstract int Freq { get; }

    /// <summary>Gets the start offset of the last position read, or -1 when offsets are not stored or not requested.</summary>
    public abstract int StartOffset { get; }

    /// <summary>Gets the end offset (exclusive) of the last position read, or -1 when offsets are not stored or not requested.</summary>
    public abstract int EndOffset { get; }

    /// <summary>Gets an estimate of the number of documents this enum visits (the term's document frequency).</summary>
    public abstract long Cost { get; }

    /// <summary>Gets the last document id the impacts of <see cref="GetImpacts"/> cover (<see cref="NoMoreDocs"/> when they cover the rest of the term).</summary>
    public abstract int BlockEndDoc { get; }

    /// <summary>Moves to the next document and returns its id, or <see cref="NoMoreDocs"/>.</summary>
    public abstract int NextDoc();

    /// <summary>
    /// Moves to the first document at or after <paramref name="target"/> and returns its id, or
    /// <see cref="NoMoreDocs"/>; jumps whole blocks through the skip data. A target not beyond
    /// <see cref="DocId"/> moves to the next document.
    /// </summary>
    public abstract int Advance(int target);

    /// <summary>Returns the next position in the current document, or -1 when positions are not indexed or not requested.</summary>
    public abstract int NextPosition();

    /// <summary>
    /// Moves the block summary (not the documents) to the block holding the first document at or after
    /// <paramref name="target"/>, so that <see cref="GetImpacts"/> and <see cref="BlockEndDoc"/> describe it.
    /// The summary only moves forward: a target before the current block throws
    /// <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public abstract void AdvanceShallow(int target);

    /// <summary>
    /// Returns the competitive (frequency, norm) pairs of the current block summary, in ascending frequency and
    /// ascending norm; never empty. Before any <see cref="AdvanceShallow"/> call it describes the block holding
    /// the current document (the first block before iteration starts). The span is valid until the enum's next call.
    /// </summary>
    public abstract ReadOnlySpan<Impact> GetImpacts();
}
