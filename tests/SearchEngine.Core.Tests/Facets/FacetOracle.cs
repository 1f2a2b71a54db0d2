using SearchEngine.Core.Facets;

namespace SearchEngine.Core.Tests.Facets;

/// <summary>Random facet documents and brute-force facet counts over the model, independent of the code under test.</summary>
internal static class FacetOracle
{
    public static readonly string[] Words = ["alfa", "bravo", "charlie", "delta", "ekko", "foxtrot"];

    public static readonly string[] PersonPool =
        ["Poul Schlüter", "Mette Frederiksen", "Anders Fogh Rasmussen", "Helle Thorning-Schmidt", "Søren Pind", "Åse Ågård", "Zoë Ørsted", "Ælle Ibsen", "Mark Rutte", "Sigrid Kaag"];

    public static readonly string[] OrganizationPool = ["Venstre", "Socialdemokratiet", "Ørsted", "Mærsk", "VVD", "D66", "Novo Nordisk", "ÉÉN"];

    /// <summary>Returns <paramref name="count"/> random documents: skewed values, repeats inside a document, every date precision.</summary>
    public static List<FacetDoc> RandomDocs(Random random, int count)
    {
        var docs = new List<FacetDoc>(count);
        for (int i = 0; i < count; i++)
        {
            string[] words = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[Skewed(random, Words.Length)])];
            string[] persons = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => PersonPool[Skewed(random, PersonPool.Length)])];
            string[] organizations = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => OrganizationPool[Skewed(random, OrganizationPool.Length)])];
            int? year = random.Next(8) == 0 ? null : 2018 + random.Next(5);
            int precision = random.Next(3);
            int? month = year is not null && precision > 0 ? random.Next(1, 13) : null;
            int? day = month is not null && precision > 1 ? random.Next(1, 29) : null;
            docs.Add(new FacetDoc($"d{i:D4}", words, persons, organizations, year, month, day));
        }

        return docs;
    }

    /// <summary>Returns how many of <paramref name="docs"/> have each value of <paramref name="field"/>, once per document.</summary>
    public static Dictionary<string, int> Counts(IEnumerable<FacetDoc> docs, string field)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (FacetDoc doc in docs)
        {
            foreach (string value in doc.Values(field))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return counts;
    }

    /// <summary>Returns the counts ranked by count descending, then label by code points (compared as UTF-32).</summary>
    public static List<LabelAndCount> Ranked(Dictionary<string, int> counts) =>
        [.. counts.Select(e => new LabelAndCount(e.Key, e.Value)).OrderByDescending(e => e.Count).ThenBy(e => e.Label, CodePointComparer)];

    /// <summary>Gets a comparer of strings by their sequences of code points.</summary>
    public static Comparer<string> CodePointComparer { get; } = Comparer<string>.Create(static (a, b) =>
    {
        int[] x = [.. a.EnumerateRunes().Select(r => r.Value)];
        int[] y = [.. b.EnumerateRunes().Select(r => r.Value)];
        return ((ReadOnlySpan<int>)x).SequenceCompareTo(y);
    });

    /// <summary>Returns the counts as a dictionary, failing on a label listed twice or with a zero count.</summary>
    public static Dictionary<string, int> AsDictionary(IReadOnlyList<LabelAndCount> list)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (LabelAndCount entry in list)
        {
            Assert.True(entry.Count > 0, $"{entry.Label} listed with count {entry.Count}");
            counts.Add(entry.Label, entry.Count);
        }

        return counts;
    }

    // Low indexes far more often, so counts differ and ties still happen.
    private static int Skewed(Random random, int length) => Math.Min(length - 1, (int)(length * Math.Pow(random.NextDouble(), 2)));
}
