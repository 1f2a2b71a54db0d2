using System.Text;
using SearchEngine.Core.Index.Inversion;

namespace SearchEngine.Core.Tests.Index.Inversion;

public sealed class TermBytesHashTests
{
    [Fact]
    public void EachDistinctTermGetsOneDenseId()
    {
        var hash = new TermBytesHash();
        var ids = new Dictionary<string, int>();
        var random = new Random(5);
        for (int i = 0; i < 200_000; i++)
        {
            string term = "t" + random.Next(50_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            int id = hash.Add(Encoding.UTF8.GetBytes(term), out bool added);
            Assert.Equal(!ids.ContainsKey(term), added);
            Assert.Equal(ids.TryAdd(term, id) ? id : ids[term], id);
        }

        Assert.Equal(ids.Count, hash.Count);
        foreach ((string term, int id) in ids)
        {
            Assert.Equal(term, Encoding.UTF8.GetString(hash.Get(id)));
            Assert.Equal(id, hash.Find(Encoding.UTF8.GetBytes(term)));
        }

        Assert.Equal(-1, hash.Find("absent"u8));
    }

    [Fact]
    public void SortedIdsFollowUnsignedByteOrder()
    {
        var hash = new TermBytesHash();
        string[] terms = ["ø", "z", "a", "", "æble", "ab", "😀", "\uFFFD"];
        foreach (string term in terms)
        {
            hash.Add(Encoding.UTF8.GetBytes(term), out _);
        }

        string[] sorted = [.. hash.SortedIds().Select(id => Encoding.UTF8.GetString(hash.Get(id)))];

        string[] expected = [.. terms.OrderBy(t => Encoding.UTF8.GetBytes(t), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y)))];
        Assert.Equal(expected, sorted);
    }
}
