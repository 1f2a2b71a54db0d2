namespace SearchEngine.News.Querying;

/// <summary>
/// Documents where the terms occur at their relative positions in <paramref name="Field"/>, within
/// <paramref name="Slop"/> moves (Lucene's sloppy phrase: an edit distance, a transposition costs 2); scored by
/// BM25 of the phrase frequency with the summed idf of its terms.
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="Terms">The terms with their positions, at least two.</param>
/// <param name="Slop">The allowed distance; 0 for an exact phrase.</param>
internal sealed record PhraseQuery(string Field, IReadOnlyList<PhraseTerm> Terms, int Slop = 0) : Query
{
    /// <summary>Compares by field, slop and the terms in order (a list compares by reference otherwise).</summary>
    public bool Equals(PhraseQuery? other) =>
        other is not null && Field == other.Field && Slop == other.Slop && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Field);
        hash.Add(Slop);
        foreach (PhraseTerm term in Terms)
        {
            hash.Add(term);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Field}:\"{string.Join(' ', Terms.Select(t => t.Text))}\"~{Slop}";
}
