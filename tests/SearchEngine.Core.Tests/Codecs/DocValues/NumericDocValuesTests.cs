using SearchEngine.Core.Codecs.DocValues;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Codecs.DocValues;

public sealed class NumericDocValuesTests
{
    private static readonly FieldInfos Fields = new(
    [
        new FieldInfo("date", 0, IndexOptions.None, HasNorms: false, DocValuesType.Numeric),
        new FieldInfo("count", 1, IndexOptions.None, HasNorms: false, DocValuesType.Numeric),
        new FieldInfo("title", 2, IndexOptions.DocsAndFreqs, HasNorms: true, DocValuesType.None),
        new FieldInfo("person", 3, IndexOptions.Docs, HasNorms: false, DocValuesType.SortedSet),
    ]);

    public static TheoryData<string, string, int> Cases()
    {
        var cases = new TheoryData<string, string, int>();
        foreach (string kind in new[] { "ram", "fs" })
        {
            foreach (string distribution in new[] { "dates", "constant", "extremes", "negative", "random" })
            {
                cases.Add(kind, distribution, 3001);
            }
        }

        cases.Add("ram", "random", 0);
        cases.Add("ram", "extremes", 1);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RandomValuesRoundTripWithAndWithoutMissingDocuments(string kind, string distribution, int maxDoc)
    {
        using var test = new TestDirectory(kind);
        var random = new Random(maxDoc + distribution.Length);
        long[] dense = new long[maxDoc];
        long[] sparse = new long[maxDoc];
        var present = new FixedBitSet(maxDoc);
        for (int doc = 0; doc < maxDoc; doc++)
        {
            dense[doc] = Next(random, distribution);
            if (random.Next(3) != 0)
            {
                present.Set(doc);
                sparse[doc] = Next(random, distribution);
            }
            else
            {
                // Garbage the writer must ignore for a document without a value.
                sparse[doc] = random.NextInt64(long.MinValue, long.MaxValue);
            }
        }

        using (var writer = new DocValuesWriter(test.Directory, "_0", maxDoc))
        {
            writer.AddNumericField(Fields[1], sparse, present);
            writer.AddNumericField(Fields[0], dense, null);
            writer.Finish();
        }

        DocValuesReader reader = DocValuesReader.Open(test.Directory, "_0", Fields, maxDoc);
        NumericDocValues denseValues = reader.GetNumeric(Fields[0])!;
        NumericDocValues sparseValues = reader.GetNumeric(Fields[1])!;

        Assert.Equal(maxDoc, denseValues.MaxDoc);
        for (int doc = 0; doc < maxDoc; doc++)
        {
            Assert.True(denseValues.TryGet(doc, out long value));
            Assert.Equal(dense[doc], value);
            Assert.Equal(present.Get(doc), sparseValues.TryGet(doc, out value));
            Assert.Equal(present.Get(doc) ? sparse[doc] : 0, value);
        }

        Assert.Null(reader.GetNumeric(Fields[2]));
        Assert.Null(reader.GetSortedSet(Fields[3]));
    }

    [Fact]
    public void AFieldWithoutAnyValueReportsNone()
    {
        using var directory = new RamDirectory();
        using (var writer = new DocValuesWriter(directory, "_0", 100))
        {
            writer.AddNumericField(Fields[0], new long[100], new FixedBitSet(100));
            writer.Finish();
        }

        NumericDocValues values = DocValuesReader.Open(directory, "_0", Fields, 100).GetNumeric(Fields[0])!;

        Assert.False(values.TryGet(99, out _));
    }

    [Fact]
    public void ValuesSharingACommonDivisorArePackedAtTheWidthOfTheQuotients()
    {
        // Eight distinct dates a hundred apart: quotients 0..7 need 3 bits, so 10,000 documents take 3,752 bytes.
        const int maxDoc = 10_000;
        long[] values = new long[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++)
        {
            values[doc] = 20_200_101 + (doc % 8 * 100);
        }

        using var directory = new RamDirectory();
        using (var writer = new DocValuesWriter(directory, "_0", maxDoc))
        {
            writer.AddNumericField(Fields[0], values, null);
            writer.Finish();
        }

        Assert.InRange(directory.FileLength("_0.dv"), 3752, 3752 + 100);
        NumericDocValues read = DocValuesReader.Open(directory, "_0", Fields, maxDoc).GetNumeric(Fields[0])!;
        Assert.True(read.TryGet(7, out long last));
        Assert.Equal(20_200_801, last);
    }

    [Fact]
    public void LookupsAllocateNothing()
    {
        const int maxDoc = 1000;
        var present = new FixedBitSet(maxDoc);
        present.SetAll();
        present.Clear(3);
        using var directory = new RamDirectory();
        using (var writer = new DocValuesWriter(directory, "_0", maxDoc))
        {
            writer.AddNumericField(Fields[0], Enumerable.Range(0, maxDoc).Select(i => (long)i * 7).ToArray(), present);
            writer.Finish();
        }

        NumericDocValues values = DocValuesReader.Open(directory, "_0", Fields, maxDoc).GetNumeric(Fields[0])!;
        long sum = Sum(values);
        long before = GC.GetAllocatedBytesForCurrentThread();
        sum += Sum(values);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(2 * 7L * ((maxDoc * (maxDoc - 1) / 2) - 3), sum);
    }

    [Fact]
    public void TheWriterRejectsWrongLengthsTypesAndRepeats()
    {
        using var directory = new RamDirectory();
        using var writer = new DocValuesWriter(directory, "_0", 2);

        Assert.Throws<ArgumentException>(() => writer.AddNumericField(Fields[0], new long[3], null));
        Assert.Throws<ArgumentException>(() => writer.AddNumericField(Fields[0], new long[2], new FixedBitSet(3)));
        Assert.Throws<ArgumentException>(() => writer.AddNumericField(Fields[2], new long[2], null));
        writer.AddNumericField(Fields[0], new long[2], null);
        Assert.Throws<ArgumentException>(() => writer.AddNumericField(Fields[0], new long[2], null));
    }

    private static long Sum(NumericDocValues values)
    {
        long sum = 0;
        for (int doc = 0; doc < values.MaxDoc; doc++)
        {
            if (values.TryGet(doc, out long value))
            {
                sum += value;
            }
        }

        return sum;
    }

    private static long Next(Random random, string distribution) => distribution switch
    {
        "dates" => (random.Next(1990, 2031) * 10_000) + (random.Next(1, 13) * 100) + random.Next(1, 29),
        "constant" => -42,
        "extremes" => random.Next(4) switch { 0 => long.MinValue, 1 => long.MaxValue, 2 => 0, _ => random.NextInt64(long.MinValue, long.MaxValue) },
        "negative" => -random.NextInt64(0, 1_000_000_000),
        _ => random.NextInt64(-1_000_000, 1_000_000),
    };
}
