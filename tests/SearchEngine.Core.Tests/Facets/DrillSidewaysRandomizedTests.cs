using SearchEngine.Core.Facets;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Facets;

public sealed class DrillSidewaysRandomizedTests
{
    private static readonly string[] FacetFields = ["person", "organization", "year", "month"];

    [Theory]
    [InlineData("ram", 1)]
    [InlineData("ram", 2)]
    [InlineData("ram", 3)]
    [InlineData("fs", 4)]
    [InlineData("fs", 5)]
    [InlineData("ram", 6, 2_600, 2_000)] // segments larger than the counting batches, and one with no second
    [InlineData("fs", 7, 1_500, 2_000)]
    public void DrillDownAndSidewaysCountsEqualBruteForceOverTheLiveDocuments(string kind, int seed, int count = 420, int segmentSize = 70)
    {
        var random = new Random(seed);
        List<FacetDoc> docs = FacetOracle.RandomDocs(random, count);
        HashSet<string> deleted = [.. docs.Where(_ => random.Next(10) == 0).Select(d => d.Id)];
        using FacetTestIndex index = FacetTestIndex.Build(kind, docs, segmentSize, deleted);
        Assert.True(count > segmentSize ? index.Searcher.Leaves.Count > 1 : index.Searcher.Leaves.Count == 1, "segments as planned");

        for (int round = 0; round < 40; round++)
        {
            (Query baseQuery, Func<FacetDoc, bool> baseMatches) = RandomBase(random);
            List<(DrillDimension Dimension, Func<FacetDoc, bool> Passes)> filters = RandomFilters(random);
            int topN = random.Next(3) == 0 ? 0 : random.Next(1, 12);
            DrillDimension[] dimensions = [.. filters.Select(f => f.Dimension)];

            DrillSidewaysResult result = DrillSideways.Compute(index.Searcher, baseQuery, dimensions, FacetFields, topN);

            string context = $"round {round}: {baseQuery} with {string.Join("; ", dimensions.Select(d => d.ToString()))}";
            List<FacetDoc> drillDown = [.. index.Live.Where(d => baseMatches(d) && filters.All(f => f.Passes(d)))];
            Assert.True(drillDown.Count == result.TotalHits, context);
            foreach (string field in FacetFields)
            {
                int driver = filters.FindIndex(f => f.Dimension.FacetFields.Contains(field));
                IEnumerable<FacetDoc> sideways = driver < 0
                    ? drillDown
                    : index.Live.Where(d => baseMatches(d) && filters.Where((_, i) => i != driver).All(f => f.Passes(d)));
                AssertCounts(drillDown, field, result.DrillDown[field], context + " drill-down " + field);
                AssertCounts([.. sideways], field, result.Sideways[field], context + " sideways " + field);
            }

            TopDocs expectedHits = index.Searcher.Search(DrillSideways.DrillDownQuery(baseQuery, dimensions), topN);
            Assert.Equal(expectedHits.TotalHits, result.TotalHits);
            Assert.Equal(expectedHits.ScoreDocs, result.TopDocs.ScoreDocs);
        }
    }

    [Theory]
    [InlineData("ram", 11)]
    [InlineData("fs", 12)]
    public void FacetsCollectorGathersExactlyTheLiveMatchesAndTheSameHitsAsTheSearcher(string kind, int seed)
    {
        var random = new Random(seed);
        List<FacetDoc> docs = FacetOracle.RandomDocs(random, 300);
        HashSet<string> deleted = [.. docs.Where(_ => random.Next(8) == 0).Select(d => d.Id)];
        using FacetTestIndex index = FacetTestIndex.Build(kind, docs, segmentSize: 60, deleted);

        for (int round = 0; round < 20; round++)
        {
            (Query query, Func<FacetDoc, bool> matches) = RandomBase(random);
            int topN = random.Next(3) == 0 ? 0 : random.Next(1, 20);
            SortByNumericField? sort = random.Next(2) == 0 ? null : new SortByNumericField("date", Descending: random.Next(2) == 0);

            FacetsSearchResult result = FacetsCollector.Search(index.Searcher, query, topN, sort);

            List<FacetDoc> expected = [.. index.Live.Where(matches)];
            List<string> gathered = [];
            foreach (MatchingDocs segment in result.MatchingDocs)
            {
                Assert.Equal(segment.Bits.Cardinality(), segment.Count);
                for (int doc = segment.Bits.NextSetBit(0); doc >= 0; doc = segment.Bits.NextSetBit(doc + 1))
                {
                    gathered.Add(index.Doc(segment.Leaf.DocBase + doc).Id);
                }
            }

            Assert.Equal(expected.Select(d => d.Id).Order(StringComparer.Ordinal), gathered.Order(StringComparer.Ordinal));
            Assert.Equal(expected.Count, result.TotalHits);
            TopDocs hits = sort is null ? index.Searcher.Search(query, topN) : index.Searcher.Search(query, topN, sort);
            Assert.Equal(topN == 0 ? [] : hits.ScoreDocs, result.TopDocs.ScoreDocs);
            foreach (string field in FacetFields)
            {
                AssertCounts(expected, field, result.Count(field), $"round {round} {query} {field}");
            }
        }
    }

    private static void AssertCounts(List<FacetDoc> docs, string field, SortedSetFacetCounts counts, string context)
    {
        Dictionary<string, int> expected = FacetOracle.Counts(docs, field);
        List<LabelAndCount> ranked = FacetOracle.Ranked(expected);
        Assert.True(ranked.SequenceEqual(counts.GetAll()), $"{context}: expected {Show(ranked)} but got {Show(counts.GetAll())}");
        Assert.Equal(ranked.Take(3), counts.GetTop(3));
        Assert.Equal(docs.Count(d => d.Values(field).Any()), counts.DocCount);
    }

    private static string Show(IEnumerable<LabelAndCount> counts) => string.Join(", ", counts.Select(c => $"{c.Label}={c.Count}"));

    private static (Query, Func<FacetDoc, bool>) RandomBase(Random random)
    {
        if (random.Next(3) == 0)
        {
            return (new MatchAllDocsQuery(), _ => true);
        }

        string word = FacetOracle.Words[random.Next(FacetOracle.Words.Length)];
        return (new TermQuery("body", word), d => d.Words.Contains(word));
    }

    private static List<(DrillDimension, Func<FacetDoc, bool>)> RandomFilters(Random random)
    {
        var filters = new List<(DrillDimension, Func<FacetDoc, bool>)>();
        if (random.Next(2) == 0)
        {
            string[] persons = Pick(random, [.. FacetOracle.PersonPool, "Nobody"]);
            filters.Add((DrillDimension.AnyOf("person", persons), d => d.Persons.Intersect(persons).Any()));
        }

        if (random.Next(2) == 0)
        {
            string[] organizations = Pick(random, [.. FacetOracle.OrganizationPool, "Nothing"]);
            filters.Add((DrillDimension.AnyOf("organization", organizations), d => d.Organizations.Intersect(organizations).Any()));
        }

        if (random.Next(2) == 0)
        {
            int fromYear = 2018 + random.Next(5);
            int toYear = fromYear + random.Next(3);
            long lower = (fromYear * 10_000L) + (random.Next(1, 13) * 100L) + 1;
            long upper = (toYear * 10_000L) + (random.Next(1, 13) * 100L) + 31;
            filters.Add((DrillDimension.Range("date", "date", lower, upper, "year", "month"), d => d.DateKey >= lower && d.DateKey <= upper));
        }

        // The order of dimensions must not matter.
        return [.. filters.OrderBy(_ => random.Next())];
    }

    private static string[] Pick(Random random, string[] pool) =>
        [.. pool.OrderBy(_ => random.Next()).Take(random.Next(1, 4))];
}
