using System.Text;

namespace SearchEngine.Core.Search;

/// <summary>
/// Matches documents whose <see cref="Field"/> contains the terms at the given relative positions, exactly
/// (<see cref="Slop"/> 0) or within an edit distance (<see cref="Slop"/> &gt; 0), scored by BM25 of the phrase
/// frequency with the sum of the terms' idfs, as Lucene 8's PhraseQuery.
/// </summary>
/// <remarks>
/// <para>Positions are those the analyzer produced, so a removed stop word leaves its gap: "ikke i dag" is
/// ("ikke", 0), ("dag", 2) and matches only where one position separates the two terms. Positions are stored
/// relative to the first term (shifted so it is 0); terms may share a position.</para>
/// <para><b>Slop.</b> For a candidate set of positions, one per query term, take each term's document position
/// minus its query position; the match length is the largest of these minus the smallest. The set matches when
/// its match length is at most <see cref="Slop"/>. Moving one term one position away from where the phrase
/// wants it costs 1; reversing two adjacent terms costs 2 ("a b" matches the text "b a" from slop 2). A term
/// repeated in the query at different positions must sit on distinct document positions ("a a"~5 does not
/// match a lone "a").</para>
/// <para><b>Frequency.</b> An exact phrase's frequency is the number of document positions where the whole phrase
/// starts (overlapping occurrences count: "a a" occurs twice in "a a a"). A sloppy phrase's frequency is the sum,
/// over the matches Lucene's sloppy matcher enumerates, of <c>1 / (matchLength + 1)</c>; the matcher walks the
/// terms' positions in order, always advancing the term that is furthest behind, and reports each window of
/// minimal length within slop once.</para>
/// <para>Phrases need positions: searching a field indexed without them (keywords) throws
/// <see cref="InvalidOperationException"/>, as in Lucene. A phrase of one term is that <see cref="TermQuery"/>
/// (slop is irrelevant); a phrase without terms matches nothing.</para>
/// </remarks>
internal sealed class PhraseQuery : Query
{
    private readonly string[] texts;
    private readonly int[] positions;

    /// <summary>Initializes a phrase of <paramref name="terms"/> (as indexed) at their relative positions.</summary>
    /// <param name="field">The field.</param>
    /// <param name="terms">The terms and their positions, in non-decreasing position order.</param>
    /// <param name="slop">The largest edit distance a match may have; 0 for an exact phrase.</param>
    public PhraseQuery(string field, IReadOnlyList<(string Term, int Position)> terms, int slop = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentOutOfRangeException.ThrowIfNegative(slop);
        Field = field;
        Slop = slop;
        texts = new string[terms.Count];
        positions = new int[terms.Count];
        for (int i = 0; i < terms.Count; i++)
        {
            (string text, int position) = terms[i];
            ArgumentNullException.ThrowIfNull(text, nameof(terms));
            ArgumentOutOfRangeException.ThrowIfNegative(position, nameof(terms));
            if (i > 0 && position < terms[i - 1].Position)
            {
                throw new ArgumentException($"Phrase positions must not decrease: {position} follows {terms[i - 1].Position}.", nameof(terms));
            }

            texts[i] = text;

            // Only relative positions matter; shifting to 0 makes equal phrases equal (Lucene does it on rewrite).
            positions[i] = position - terms[0].Position;
        }

        TermBytes = new byte[texts.Length][];
        var list = new (string Term, int Position)[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            TermBytes[i] = Encoding.UTF8.GetBytes(texts[i]);
            list[i] = (texts[i], positions[i]);
        }

        Terms = list;
    }

    /// <summary>Initializes a phrase of consecutive <paramref name="terms"/> (positions 0, 1, 2, ...).</summary>
    public PhraseQuery(string field, IReadOnlyList<string> terms, int slop = 0)
        : this(field, Consecutive(terms), slop)
    {
    }

    /// <summary>Gets the field.</summary>
    public string Field { get; }

    /// <summary>Gets the largest edit distance a match may have (see the remarks); 0 for an exact phrase.</summary>
    public int Slop { get; }

    /// <summary>Gets the terms with their positions, the first at position 0.</summary>
    public IReadOnlyList<(string Term, int Position)> Terms { get; }

    /// <summary>Gets the terms as the UTF-8 bytes the index stores, in query order.</summary>
    internal byte[][] TermBytes { get; }

    /// <summary>Gets the query position of term <paramref name="index"/>.</summary>
    internal int PositionAt(int index) => positions[index];

    /// <inheritdoc />
    public override Query Rewrite(IndexSearcher searcher) => texts.Length == 1 ? new TermQuery(Field, texts[0]) : this;

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
    {
        ArgumentNullException.ThrowIfNull(searcher);

        // A caller that skipped rewriting still gets the single-term form, which the matchers do not handle.
        Query rewritten = Rewrite(searcher);
        return ReferenceEquals(rewritten, this) ? new PhraseWeight(this, searcher, scoreMode, boost) : rewritten.CreateWeight(searcher, scoreMode, boost);
    }

    /// <summary>
    /// Returns the phrase in classic syntax, <c>body:"a b"~2</c>; an empty position shows as <c>?</c> and terms
    /// sharing a position are joined by <c>|</c>, as Lucene prints them.
    /// </summary>
    public override string ToString()
    {
        var builder = new StringBuilder().Append(Field).Append(":\"");
        int last = positions.Length == 0 ? -1 : positions[^1];
        int next = 0;
        for (int position = 0; position <= last; position++)
        {
            if (position > 0)
            {
                builder.Append(' ');
            }

            int start = next;
            while (next < positions.Length && positions[next] == position)
            {
                builder.Append(next > start ? "|" : string.Empty).Append(texts[next]);
                next++;
            }

            if (next == start)
            {
                builder.Append('?');
            }
        }

        builder.Append('"');
        if (Slop != 0)
        {
            builder.Append('~').Append(Slop);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is PhraseQuery other && other.Field == Field && other.Slop == Slop
        && other.texts.AsSpan().SequenceEqual(texts) && other.positions.AsSpan().SequenceEqual(positions);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Field);
        hash.Add(Slop);
        for (int i = 0; i < texts.Length; i++)
        {
            hash.Add(texts[i]);
            hash.Add(positions[i]);
        }

        return hash.ToHashCode();
    }

    private static (string Term, int Position)[] Consecutive(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = new (string Term, int Position)[terms.Count];
        for (int i = 0; i < list.Length; i++)
        {
            list[i] = (terms[i], i);
        }

        return list;
    }
}
