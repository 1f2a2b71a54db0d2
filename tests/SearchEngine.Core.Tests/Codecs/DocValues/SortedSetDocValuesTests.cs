using SearchEngine.Core.Codecs.DocValues;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Codecs.DocValues;

public sealed class SortedSetDocValuesTests
{
    private static readonly FieldInfos Fields = new(
    [
        new FieldInfo("date", 0, IndexOptions.None, HasNorms: false, DocValuesType.Numeric),
        new FieldInfo("person", 1, IndexOptions.Docs, HasNorms: false, DocValuesType.SortedSet),
        new FieldInfo("organization", 2, IndexOptions.Docs, HasNorms: false, DocValuesType.SortedSet),
    ]);

    [Theory]
    [InlineData("ram", 0, 0, 3)]
    [InlineData("ram", 1, 1, 1)]
    [InlineData("ram", 500, 1, 1)]
    [InlineData("ram", 2000, 50, 8)]
    [InlineData("fs", 20_000, 100_000, 12)]
    public void RandomOrdinalsRoundTripWithNoneOneOrManyValuesPerDocument(string kind, int maxDoc, int valueCount, int maxPerDoc)
    {
        using var test = new TestDirectory(kind);
        var random = new Random(maxDoc + valueCount);
        List<string> values = RandomValues(random, valueCount);
        int[][] perDoc = new int[maxDoc][];
        for (int doc = 0; doc < maxDoc; doc++)
        {
            // A third of the documents have no value; the rest up to maxPerDoc distinct ones.
            int count = valueCount == 0 || doc % 3 == 0 ? 0 : random.Next(1, Math.Min(maxPerDoc, valueCount) + 1);
            var ords = new SortedSet<int>();
            while (ords.Count < count)
            {
                ords.Add(random.Next(valueCount));
            }

            perDoc[doc] = [.. ords];
        }

        Write(test.Directory, "_0", maxDoc, writer => Add(writer, Fields[1], values, perDoc));
        SortedSetDocValues read = DocValuesReader.Open(test.Directory, "_0", Fields, maxDoc).GetSortedSet(Fields[1])!;

        Assert.Equal(maxDoc, read.MaxDoc);
        Assert.Equal(valueCount, read.ValueCount);
        Span<int> buffer = stackalloc int[16];
        for (int doc = 0; doc < maxDoc; doc++)
        {
            Assert.Equal(perDoc[doc].Length, read.GetOrdinalCount(doc));
            int count = read.GetOrdinals(doc, buffer);
            Assert.Equal(perDoc[doc], buffer[..count].ToArray());
        }

        for (int ord = 0; ord < valueCount; ord += Math.Max(1, valueCount / 5000))
        {
            Assert.Equal(values[ord], read.LookupOrdinal(ord));
            Assert.Equal(ord, read.LookupTerm(values[ord]));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Aarhus")]
    [InlineData("Mette Frederiksen")]
    [InlineData("Zzz")]
    [InlineData("Ørsted")]
    [InlineData("\uFB01x")]
    [InlineData("\uD83D\uDE00")]
    [InlineData("\uFFFF")]
    public void LookupTermFindsValuesAndInsertionPointsInOrdinalOrder(string probe)
    {
        // U+FB01 sorts after a surrogate pair in UTF-16 order but before it in UTF-8 byte order.
        List<string> values = ["Aarhus", "Mark Rutte", "Mette Frederiksen", "Ørsted", "\uD83D\uDE00", "\uFB01"];
        values.Sort(StringComparer.Ordinal);
        using var directory = new RamDirectory();
        Write(directory, "_0", 1, writer => Add(writer, Fields[1], values, [[0, 1, 5]]));
        SortedSetDocValues read = DocValuesReader.Open(directory, "_0", Fields, 1).GetSortedSet(Fields[1])!;

        int expected = values.BinarySearch(probe, StringComparer.Ordinal);
        Assert.Equal(expected, read.LookupTerm(probe));
        if (expected >= 0)
        {
            Assert.Equal(probe, read.LookupOrdinal(expected));
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(probe), read.LookupOrdinalUtf8(expected).ToArray());
        }
    }

    [Fact]
    public void AShortBufferGetsTheFirstOrdinalsAndTheFullCount()
    {
        using var directory = new RamDirectory();
        Write(directory, "_0", 2, writer => Add(writer, Fields[1], ["a", "b", "c", "d"], [[0, 2, 3], []]));
        SortedSetDocValues read = DocValuesReader.Open(directory, "_0", Fields, 2).GetSortedSet(Fields[1])!;
        int[] buffer = new int[2];

        Assert.Equal(3, read.GetOrdinals(0, buffer));
        Assert.Equal([0, 2], buffer);
        Assert.Equal(0, read.GetOrdinals(1, buffer));
    }

    [Fact]
    public void FacetCountingOverEveryDocumentAllocatesNothing()
    {
        const int maxDoc = 5000;
        var random = new Random(5);
        List<string> values = RandomValues(random, 300);
        int[][] perDoc = new int[maxDoc][];
        for (int doc = 0; doc < maxDoc; doc++)
        {
            perDoc[doc] = [.. Enumerable.Range(0, 300).Where(_ => random.Next(100) == 0)];
        }

        using var directory = new RamDirectory();
        Write(directory, "_0", maxDoc, writer => Add(writer, Fields[1], values, perDoc));
        SortedSetDocValues read = DocValuesReader.Open(directory, "_0", Fields, maxDoc).GetSortedSet(Fields[1])!;
        int[] counts = new int[read.ValueCount];
        Count(read, counts);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Count(read, counts);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(2 * perDoc.Sum(ords => ords.Length), counts.Sum());
    }

    [Fact]
    public void TheWriterRejectsUnsortedValuesBadOrdinalsAndLoneSurrogates()
    {
        using var directory = new RamDirectory();
        using var writer = new DocValuesWriter(directory, "_0", 1);

        Assert.Throws<ArgumentException>(() => writer.AddSortedSetField(Fields[1], ["b", "a"], [0, 0], []));
        Assert.Throws<ArgumentException>(() => writer.AddSortedSetField(Fields[1], ["a", "a"], [0, 0], []));
        Assert.Throws<ArgumentException>(() => writer.AddSortedSetField(Fields[1], ["a", "b"], [0, 2], [1, 0]));
        Assert.Throws<ArgumentException>(() => writer.AddSortedSetField(Fields[1], ["a", "b"], [0, 2], [1, 1]));
        Assert.Throws<ArgumentException>(() => writer.AddSortedSetField(Fields[1], ["a", "b"], [0, 1], [2]));
        Assert.Throws<ArgumentException>(() => writer.AddSortedSetField(Fields[1], ["a", "b"], [0, 1, 1], [0]));
        Assert.Throws<ArgumentException>(() => writer.AddSortedSetField(Fields[1], ["\uD800"], [0, 0], []));
        Assert.Throws<ArgumentException>(() => writer.AddSortedSetField(Fields[0], ["a"], [0, 0], []));
        writer.AddSortedSetField(Fields[1], ["a", "b"], [0, 2], [0, 1]);
        writer.Finish();
    }

    [Fact]
    public void EveryDamagedByteOrTruncationIsDetectedAtOpenNamingTheFile()
    {
        using var directory = new RamDirectory();
        var present = new FixedBitSet(9);
        present.Set(2);
        present.Set(8);
        Write(directory, "_4", 9, writer =>
        {
            writer.AddNumericField(Fields[0], [0, 0, 20240101, 0, 0, 0, 0, 0, -5], present);
            Add(writer, Fields[2], ["DR", "NOS", "Ørsted"], [[0], [], [0, 1, 2], [], [2], [], [], [1], []]);
        });

        CorruptionAssert.EveryDamageIsDetectedAtOpen(directory, "_4.dv", () => DocValuesReader.Open(directory, "_4", Fields, 9));
    }

    private static void Count(SortedSetDocValues values, int[] counts)
    {
        Span<int> buffer = stackalloc int[64];
        for (int doc = 0; doc < values.MaxDoc; doc++)
        {
            int n = values.GetOrdinals(doc, buffer);
            foreach (int ord in buffer[..n])
            {
                counts[ord]++;
            }
        }
    }

    private static void Write(IndexDirectory directory, string segment, int maxDoc, Action<DocValuesWriter> add)
    {
        using var writer = new DocValuesWriter(directory, segment, maxDoc);
        add(writer);
        writer.Finish();
    }

    private static void Add(DocValuesWriter writer, FieldInfo field, IReadOnlyList<string> values, int[][] perDoc)
    {
        int[] starts = new int[perDoc.Length + 1];
        var ordinals = new List<int>();
        for (int doc = 0; doc < perDoc.Length; doc++)
        {
            ordinals.AddRange(perDoc[doc]);
            starts[doc + 1] = ordinals.Count;
        }

        writer.AddSortedSetField(field, values, starts, ordinals.ToArray());
    }

    private static List<string> RandomValues(Random random, int count)
    {
        string[] pieces = ["Jens", "Ørsted", "de Vries", "Ærø", "Müller", "van", "Bank", "😀", "\uFB01", "NOS", "Ålborg"];
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (values.Count < count)
        {
            values.Add($"{pieces[random.Next(pieces.Length)]} {pieces[random.Next(pieces.Length)]} {random.Next(100_000)}");
        }

        var sorted = values.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }
}
