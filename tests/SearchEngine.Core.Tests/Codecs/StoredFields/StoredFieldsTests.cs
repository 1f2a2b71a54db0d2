using System.Text;
using SearchEngine.Core.Codecs.StoredFields;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Codecs.StoredFields;

public sealed class StoredFieldsTests
{
    private static readonly FieldInfos Fields = new(
    [
        new FieldInfo("id", 0, IndexOptions.Docs, HasNorms: false, DocValuesType.None),
        new FieldInfo("title", 1, IndexOptions.DocsAndFreqsAndPositions, HasNorms: true, DocValuesType.None),
        new FieldInfo("body", 2, IndexOptions.DocsAndFreqsAndPositions, HasNorms: true, DocValuesType.None),
        new FieldInfo("date", 3, IndexOptions.None, HasNorms: false, DocValuesType.Numeric),
        new FieldInfo("person", 4, IndexOptions.Docs, HasNorms: false, DocValuesType.SortedSet),
    ]);

    private static readonly string[] Words = ["København", "Ærø", "søndag", "Den Haag", "coöperatie", "één", "straße", "😀 emoji", "日本", "news", "\u00e6\u00f8\u00e5"];

    [Theory]
    [InlineData("ram", 0)]
    [InlineData("ram", 1)]
    [InlineData("ram", 3000)]
    [InlineData("fs", 3000)]
    public void RandomDocumentsRoundTripInAnyOrder(string kind, int maxDoc)
    {
        using var test = new TestDirectory(kind);
        var random = new Random(maxDoc + kind.Length);
        List<(string, object)>[] docs = RandomDocuments(random, maxDoc);
        Write(test.Directory, "_0", docs);

        using StoredFieldsReader reader = StoredFieldsReader.Open(test.Directory, "_0", Fields, maxDoc);

        Assert.Equal(maxDoc, reader.MaxDoc);
        foreach (int doc in Enumerable.Range(0, maxDoc).OrderBy(_ => random.Next()))
        {
            var visitor = new RecordingVisitor();
            reader.VisitDocument(doc, visitor);
            Assert.Equal(docs[doc], visitor.Values);
        }
    }

    [Fact]
    public void MegabyteStringsBesideSmallDocumentsRoundTrip()
    {
        using var test = new TestDirectory("fs");
        var random = new Random(7);
        var docs = new List<(string, object)>[20];
        for (int doc = 0; doc < docs.Length; doc++)
        {
            docs[doc] = doc % 4 == 1
                ? [("id", $"big{doc}"), ("body", RandomText(random, 1 << 20))]
                : [("id", $"small{doc}"), ("title", RandomText(random, 30))];
        }

        Write(test.Directory, "_0", docs);
        using StoredFieldsReader reader = StoredFieldsReader.Open(test.Directory, "_0", Fields, docs.Length);

        for (int pass = 0; pass < 2; pass++)
        {
            for (int doc = docs.Length - 1; doc >= 0; doc--)
            {
                var visitor = new RecordingVisitor();
                reader.VisitDocument(doc, visitor);
                Assert.Equal(docs[doc], visitor.Values);
            }
        }
    }

    [Fact]
    public void ExtremeAndNegativeLongsRoundTrip()
    {
        long[] values = [0, -1, 1, long.MinValue, long.MaxValue, long.MinValue + 1, long.MaxValue - 1, 20240131, -20240131, int.MinValue, 1L << 62];
        List<(string, object)>[] docs = [.. values.Select(v => new List<(string, object)> { ("date", v), ("date", -v) })];
        using var directory = new RamDirectory();
        Write(directory, "_0", docs);

        using StoredFieldsReader reader = StoredFieldsReader.Open(directory, "_0", Fields, docs.Length);
        for (int doc = 0; doc < docs.Length; doc++)
        {
            var visitor = new RecordingVisitor();
            reader.VisitDocument(doc, visitor);
            Assert.Equal(docs[doc], visitor.Values);
        }
    }

    [Fact]
    public void DocumentsWithoutStoredFieldsVisitNothing()
    {
        using var directory = new RamDirectory();
        List<(string, object)>[] docs = [[], [("id", "a")], [], []];
        Write(directory, "_0", docs);
        Write(directory, "_1", [[], []]);

        using StoredFieldsReader reader = StoredFieldsReader.Open(directory, "_0", Fields, docs.Length);
        using StoredFieldsReader empty = StoredFieldsReader.Open(directory, "_1", Fields, 2);
        var visitor = new RecordingVisitor();
        reader.VisitDocument(2, visitor);
        empty.VisitDocument(1, visitor);

        Assert.Empty(visitor.Asked);
    }

    [Fact]
    public void AVisitorCanSkipFieldsAndStopAfterTheId()
    {
        using var directory = new RamDirectory();
        Write(directory, "_0", [[("title", "T"), ("id", "x1"), ("body", "B"), ("date", 5L)]]);
        using StoredFieldsReader reader = StoredFieldsReader.Open(directory, "_0", Fields, 1);
        bool seenId = false;
        var visitor = new RecordingVisitor(field =>
        {
            if (seenId)
            {
                return StoredFieldStatus.Stop;
            }

            seenId = field.Name == "id";
            return seenId ? StoredFieldStatus.Yes : StoredFieldStatus.No;
        });

        reader.VisitDocument(0, visitor);

        Assert.Equal([("id", (object)"x1")], visitor.Values);
        Assert.Equal(["title", "id", "body"], visitor.Asked);
    }

    [Fact]
    public void ConcurrentAndNestedVisitsSeeTheirOwnDocuments()
    {
        using var test = new TestDirectory("fs");
        var random = new Random(3);
        List<(string, object)>[] docs = RandomDocuments(random, 2000);
        Write(test.Directory, "_0", docs);
        using StoredFieldsReader reader = StoredFieldsReader.Open(test.Directory, "_0", Fields, docs.Length);

        Parallel.For(0, 8, worker =>
        {
            var local = new Random(worker);
            for (int i = 0; i < 500; i++)
            {
                int doc = local.Next(docs.Length);
                int other = local.Next(docs.Length);
                var inner = new RecordingVisitor();
                // A visitor fetching another document from inside a callback must not disturb the outer visit.
                var outer = new RecordingVisitor(_ =>
                {
                    if (inner.Asked.Count == 0)
                    {
                        reader.VisitDocument(other, inner);
                    }

                    return StoredFieldStatus.Yes;
                });
                reader.VisitDocument(doc, outer);
                Assert.Equal(docs[doc], outer.Values);
                Assert.Equal(docs[doc].Count == 0 ? [] : docs[other], inner.Values);
            }
        });
    }

    [Fact]
    public void EveryDamagedByteOrTruncationIsDetectedAtOpenNamingTheFile()
    {
        using var directory = new RamDirectory();
        Write(directory, "_3", RandomDocuments(new Random(1), 12));

        CorruptionAssert.EveryDamageIsDetectedAtOpen(directory, "_3.fdt", () => StoredFieldsReader.Open(directory, "_3", Fields, 12).Dispose());
    }

    [Fact]
    public void AFlippedByteInAMappedFileIsDetectedAtOpen()
    {
        using var temp = new TempDirectory();
        using (var directory = new FileSystemDirectory(temp.Path))
        {
            Write(directory, "_3", RandomDocuments(new Random(2), 400));
        }

        string path = Path.Combine(temp.Path, "_3.fdt");
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x04;
        File.WriteAllBytes(path, bytes);
        using var reopened = new FileSystemDirectory(temp.Path);

        var error = Assert.Throws<CorruptIndexException>(() => StoredFieldsReader.Open(reopened, "_3", Fields, 400).Dispose());
        Assert.Equal("_3.fdt", error.Resource);
    }

    [Fact]
    public void TheWriterRejectsUnbalancedCallsAndAWrongDocumentCount()
    {
        using var directory = new RamDirectory();
        using var writer = new StoredFieldsWriter(directory, "_0");

        Assert.Throws<InvalidOperationException>(() => writer.WriteString(Fields[0], "x"));
        writer.StartDocument();
        Assert.Throws<InvalidOperationException>(writer.StartDocument);
        writer.FinishDocument();
        Assert.Throws<InvalidOperationException>(() => writer.Finish(2));
    }

    [Fact]
    public void DocIdsOutsideTheSegmentAreRejected()
    {
        using var directory = new RamDirectory();
        Write(directory, "_0", [[("id", "a")]]);
        using StoredFieldsReader reader = StoredFieldsReader.Open(directory, "_0", Fields, 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => reader.VisitDocument(1, new RecordingVisitor()));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.VisitDocument(-1, new RecordingVisitor()));
    }

    private static void Write(IndexDirectory directory, string segment, List<(string Field, object Value)>[] docs)
    {
        using var writer = new StoredFieldsWriter(directory, segment);
        foreach (List<(string Field, object Value)> doc in docs)
        {
            writer.StartDocument();
            foreach ((string field, object value) in doc)
            {
                FieldInfo info = Fields.Find(field)!;
                if (value is string text)
                {
                    writer.WriteString(info, text);
                }
                else
                {
                    writer.WriteInt64(info, (long)value);
                }
            }

            writer.FinishDocument();
        }

        writer.Finish(docs.Length);
    }

    private static List<(string, object)>[] RandomDocuments(Random random, int count)
    {
        var docs = new List<(string, object)>[count];
        for (int doc = 0; doc < count; doc++)
        {
            var fields = new List<(string, object)>();
            if (random.Next(10) != 0)
            {
                fields.Add(("id", $"doc-{doc}"));
                fields.Add(("title", RandomText(random, random.Next(0, 80))));
                fields.Add(("date", random.Next(4) == 0 ? random.NextInt64(long.MinValue, long.MaxValue) : random.Next(19900101, 20301231)));
                fields.Add(("body", RandomText(random, random.Next(0, 3000))));
                for (int p = random.Next(4); p > 0; p--)
                {
                    fields.Add(("person", Words[random.Next(Words.Length)]));
                }
            }

            docs[doc] = fields;
        }

        return docs;
    }

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(' ');
        }

        return text.ToString(0, length > 0 && char.IsHighSurrogate(text[length - 1]) ? length + 1 : length);
    }
}
