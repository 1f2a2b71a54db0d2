namespace SearchEngine.Core.Index;

/// <summary>
/// A read-only view of a fixed-length set of bits, e.g. a segment's live documents (bit set = document live),
/// so searchers can test membership without being able to change a set that other readers share.
/// </summary>
internal interface IBits
{
    /// <summary>Gets the number of bits (for live documents: the segment's MaxDoc).</summary>
    int Length { get; }

    /// <summary>Gets a value indicating whether the bit at <paramref name="index"/> is set.</summary>
    /// <param name="index">The bit, from 0 to <see cref="Length"/> - 1.</param>
    bool this[int index] { get; }
}
