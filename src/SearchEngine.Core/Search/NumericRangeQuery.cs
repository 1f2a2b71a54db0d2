using System.Globalization;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// Matches documents whose numeric doc value of <see cref="Field"/> lies in [<see cref="Lower"/>,
/// <see cref="Upper"/>] (both inclusive), all with the same score (the boost), as Lucene's slow doc values range
/// query; documents without a value never match.
/// </summary>
/// <remarks>
/// <para>Meant as a filter clause, e.g. the date field (yyyymmdd): January 2022 is [20220101, 20220131], and a
/// month-only bound can use day 01 to 31 whatever the month, since no date falls between the end of a month and
/// day 31. For "after" or "before" use <see cref="long.MinValue"/> or <see cref="long.MaxValue"/>.</para>
/// <para>There is no index of values: a scorer checks the documents one by one from its target on, so leading
/// a search it visits every document of the segment. Its <see cref="Scorer.Cost"/> is therefore the segment's
/// document count, so a conjunction lets a rarer clause lead and only asks this one about that clause's
/// candidates. Each check is one random-access doc values lookup; nothing is allocated per document.</para>
/// </remarks>
internal sealed class NumericRangeQuery : Query
{
    /// <summary>Initializes a range over the numeric doc values of <paramref name="field"/>, bounds inclusive.</summary>
    public NumericRangeQuery(string field, long lower, long upper)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        Field = field;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the field.</summary>
    public string Field { get; }

    /// <summary>Gets the smallest matching value.</summary>
    public long Lower { get; }

    /// <summary>Gets the largest matching value.</summary>
    public long Upper { get; }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        return new RangeWeight(this, boost);
    }

    /// <summary>Returns the range in classic syntax, <c>date:[20220101 TO 20220131]</c>; an unbounded side prints as <c>*</c>.</summary>
    public override string ToString() => $"{Field}:[{Bound(Lower, long.MinValue)} TO {Bound(Upper, long.MaxValue)}]";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NumericRangeQuery other && other.Field == Field && other.Lower == Lower && other.Upper == Upper;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(NumericRangeQuery), Field, Lower, Upper);

    private static string Bound(long value, long open) => value == open ? "*" : value.ToString(CultureInfo.InvariantCulture);

    private sealed class RangeWeight(NumericRangeQuery query, float boost) : Weight(query)
    {
        public override Scorer? GetScorer(LeafContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            NumericDocValues? values = context.Reader.GetNumericDocValues(query.Field);
            return values is null || query.Lower > query.Upper ? null : new RangeScorer(values, context.Reader.MaxDoc, query.Lower, query.Upper, boost);
        }
    }

    private sealed class RangeScorer(NumericDocValues values, int maxDoc, long lower, long upper, float score) : Scorer
    {
        private int doc = -1;

        public override int DocId => doc;

        public override long Cost => maxDoc;

        public override int NextDoc() => Advance(doc + 1);

        public override int Advance(int target)
        {
            if (doc == NoMoreDocs)
            {
                return doc;
            }

            for (int d = Math.Max(target, doc + 1); d < maxDoc; d++)
            {
                if (values.TryGet(d, out long value) && value >= lower && value <= upper)
                {
                    return doc = d;
                }
            }

            return doc = NoMoreDocs;
        }

        public override float Score() => score;

        public override float GetMaxScore(int upTo) => score;
    }
}
