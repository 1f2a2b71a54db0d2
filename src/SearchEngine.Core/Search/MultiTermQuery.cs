using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// A query matching the documents that contain any of a run of consecutive terms of one field (in the term
/// dictionary's UTF-8 byte order), such as every term with a prefix or within a range; every match scores the
/// boost, as Lucene's default constant-score rewrite does.
/// </summary>
/// <remarks>
/// <para>Per segment the matching terms are enumerated (seek to the first, then move on until one is past the
/// run) and the union of their postings is collected into a bit set of the segment's documents, which the
/// scorer then walks. Memory is one bit per document of the segment; time grows with the number of terms and their
/// postings, which the searcher's <see cref="QueryBudget"/> caps (terms summed over segments) and can stop.</para>
/// <para>Scores ignore how many of the terms a document contains and how often, so a short prefix ranks all
/// its documents equally; combine it with scored clauses for relevance.</para>
/// </remarks>
internal abstract class MultiTermQuery : Query
{
    /// <summary>Initializes a query over terms of <paramref name="field"/>.</summary>
    private protected MultiTermQuery(string field)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        Field = field;
    }

    /// <summary>Gets the field.</summary>
    public string Field { get; }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        return new MultiTermConstantScoreWeight(this, boost, searcher.Budget);
    }

    /// <summary>Positions <paramref name="terms"/> on the first term that may match; returns false when no term can.</summary>
    internal abstract bool SeekFirst(TermsEnum terms);

    /// <summary>Tells whether <paramref name="term"/>, met in ascending order, is past the last matching term.</summary>
    internal abstract bool IsPastEnd(ReadOnlySpan<byte> term);
}
