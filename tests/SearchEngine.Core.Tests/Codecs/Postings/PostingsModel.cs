using System.Text;
using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Codecs.Postings;

/// <summary>One document of a term in the model: frequency, and positions with offsets (empty without positions).</summary>
internal sealed record ModelPosting(int Doc, int Freq, int[] Positions, int[] Starts, int[] Ends);

/// <summary>One field of the model: its info, norms and terms in UTF-8 byte order.</summary>
internal sealed class ModelField(FieldInfo info, byte[] norms)
{
    public FieldInfo Info { get; } = info;

    public byte[] Norms { get; } = norms;

    public List<(byte[] Term, ModelPosting[] Postings)> Terms { get; } = [];

    /// <summary>Gets the norm of a document as the writer sees it (1 without norms).</summary>
    public byte NormOf(int doc) => Info.HasNorms ? Norms[doc] : (byte)1;
}

/// <summary>
/// A plain in-memory inverted index that tests write with <see cref="InvertedIndexWriter"/> and compare the reader
/// against: the expected answer for every question the reader can be asked.
/// </summary>
internal sealed class PostingsModel
{
    private static readonly Lazy<PostingsModel> LargeModel = new(() => Generate(seed: 20240611, maxDoc: 20_000, scale: 1.0));

    public PostingsModel(int maxDoc, List<ModelField> fields)
    {
        MaxDoc = maxDoc;
        Fields = fields;
        FieldInfos = new FieldInfos([.. fields.Select(f => f.Info).OrderBy(f => f.Number)]);
    }

    /// <summary>Gets the shared large model: four fields (one per index option), thousands of terms, document frequencies from 1 to 20,000.</summary>
    public static PostingsModel Large => LargeModel.Value;

    public int MaxDoc { get; }

    /// <summary>Gets the fields in ascending ordinal name order (the writer's order).</summary>
    public List<ModelField> Fields { get; }

    public FieldInfos FieldInfos { get; }

    public static int CompareBytes(byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b);

    /// <summary>Generates a seeded model; <paramref name="scale"/> multiplies the number of terms.</summary>
    public static PostingsModel Generate(int seed, int maxDoc, double scale)
    {
        var random = new Random(seed);
        // Names in ordinal order differ from number order on purpose: the writer takes names in ordinal order.
        (string Name, int Number, IndexOptions Options, bool Norms, int Terms)[] specs =
        [
            ("body", 2, IndexOptions.DocsAndFreqsAndPositionsAndOffsets, true, 2000),
            ("id", 3, IndexOptions.Docs, false, 800),
            ("tags", 0, IndexOptions.DocsAndFreqs, true, 800),
            ("title", 1, IndexOptions.DocsAndFreqsAndPositions, true, 800),
        ];
        var fields = new List<ModelField>();
        foreach (var spec in specs)
        {
            var info = new FieldInfo(spec.Name, spec.Number, spec.Options, spec.Norms, DocValuesType.None);
            byte[] norms = new byte[spec.Norms ? maxDoc : 0];
            for (int d = 0; d < norms.Length; d++)
            {
                // Few distinct norms in a narrow band, as real lengths give, so frontiers have several steps.
                norms[d] = (byte)(random.Next(8) == 0 ? random.Next(256) : 60 + random.Next(20));
            }

            var field = new ModelField(info, norms);
            List<byte[]> terms = RandomTerms(random, (int)(spec.Terms * scale));
            for (int t = 0; t < terms.Count; t++)
            {
                // Term 0 is in every document with frequency 1: packed blocks of width 0 for both deltas and freqs.
                bool everywhere = t == 0;
                int docFreq = everywhere ? maxDoc : RandomDocFreq(random, maxDoc);
                field.Terms.Add((terms[t], RandomPostings(random, info, maxDoc, docFreq, everywhere)));
            }

            fields.Add(field);
        }

        return new PostingsModel(maxDoc, fields);
    }

    /// <summary>Returns distinct random terms in UTF-8 byte order: ASCII, Danish and Dutch letters, other scripts, an empty and a 255-byte term.</summary>
    public static List<byte[]> RandomTerms(Random random, int count)
    {
        string[] alphabets = ["abcdefghijklmnopqrstuvwxyz", "aeiouæøåéëïöü", "абвгд", "中文字", "😀🎉", "0123456789"];
        var set = new HashSet<string>(StringComparer.Ordinal) { string.Empty, new string('x', 255) };
        while (set.Count < count)
        {
            var sb = new StringBuilder();
            int length = 1 + random.Next(random.Next(4) == 0 ? 30 : 9);
            string alphabet = alphabets[random.Next(8) switch { 0 => 1, 1 => 2 + random.Next(4), _ => 0 }];
            for (int i = 0; i < length; i++)
            {
                int at = random.Next(alphabet.Length);
                sb.Append(char.IsHighSurrogate(alphabet[at]) ? alphabet.AsSpan(at, 2) : char.IsLowSurrogate(alphabet[at]) ? alphabet.AsSpan(at - 1, 2) : alphabet.AsSpan(at, 1));
            }

            set.Add(sb.ToString());
        }

        List<byte[]> terms = [.. set.Select(Encoding.UTF8.GetBytes)];
        terms.Sort(CompareBytes);
        return terms;
    }

    /// <summary>Writes the model as segment <paramref name="segment"/>.</summary>
    public IReadOnlyList<string> Write(IndexDirectory directory, string segment)
    {
        using var writer = new InvertedIndexWriter(directory, segment, MaxDoc);
        foreach (ModelField field in Fields)
        {
            writer.StartField(field.Info, field.Norms);
            foreach ((byte[] term, ModelPosting[] postings) in field.Terms)
            {
                writer.StartTerm(term);
                foreach (ModelPosting posting in postings)
                {
                    // A docs-only field ignores the frequency: pass a wrong one to prove it.
                    writer.StartDoc(posting.Doc, field.Info.HasFreqs ? posting.Freq : 7);
                    for (int i = 0; i < posting.Positions.Length; i++)
                    {
                        writer.AddPosition(posting.Positions[i], posting.Starts[i], posting.Ends[i]);
                    }

                    writer.FinishDoc();
                }

                writer.FinishTerm();
            }

            writer.FinishField();
        }

        writer.Finish();
        return writer.Files;
    }

    private static int RandomDocFreq(Random random, int maxDoc)
    {
        int roll = random.Next(100);
        int docFreq = roll switch
        {
            < 60 => 1 + random.Next(random.Next(2) == 0 ? 1 : 5),
            < 85 => 2 + random.Next(200),
            < 97 => 100 + random.Next(2000),
            _ => 2000 + random.Next(14_000),
        };
        return Math.Min(docFreq, maxDoc);
    }

    private static ModelPosting[] RandomPostings(Random random, FieldInfo info, int maxDoc, int docFreq, bool everywhere)
    {
        int[] docs = everywhere ? [.. Enumerable.Range(0, maxDoc)] : RandomDocs(random, maxDoc, docFreq);
        var postings = new ModelPosting[docs.Length];
        for (int i = 0; i < docs.Length; i++)
        {
            int freq = !info.HasFreqs || everywhere ? 1 : random.Next(3) != 0 ? 1 : 1 + random.Next(random.Next(10) == 0 ? 50 : 4);
            int[] positions = [];
            int[] starts = [];
            int[] ends = [];
            if (info.HasPositions)
            {
                positions = new int[freq];
                starts = new int[freq];
                ends = new int[freq];
                int position = random.Next(random.Next(20) == 0 ? 1_000_000 : 50);
                int end = 0;
                for (int p = 0; p < freq; p++)
                {
                    // Equal positions (stacked tokens) and overlapping offsets are legal and must survive.
                    position += p == 0 ? 0 : random.Next(4) == 0 ? 0 : 1 + random.Next(random.Next(10) == 0 ? 10_000 : 8);
                    int start = Math.Max(0, end + (random.Next(10) == 0 ? -random.Next(5) : random.Next(random.Next(20) == 0 ? 100_000 : 4)));
                    end = start + random.Next(15);
                    positions[p] = position;
                    starts[p] = start;
                    ends[p] = end;
                }
            }

            postings[i] = new ModelPosting(docs[i], freq, positions, info.HasOffsets ? starts : [.. starts.Select(_ => -1)], info.HasOffsets ? ends : [.. ends.Select(_ => -1)]);
        }

        return postings;
    }

    private static int[] RandomDocs(Random random, int maxDoc, int docFreq)
    {
        var docs = new HashSet<int>();
        if (docFreq * 3 > maxDoc)
        {
            // Dense: runs of consecutive documents (delta 1) between random gaps.
            int doc = random.Next(maxDoc - docFreq + 1);
            while (docs.Count < docFreq && doc < maxDoc)
            {
                docs.Add(doc);
                doc += random.Next(3) == 0 ? 1 + random.Next(3) : 1;
            }
        }

        while (docs.Count < docFreq)
        {
            docs.Add(random.Next(maxDoc));
        }

        int[] sorted = [.. docs];
        Array.Sort(sorted);
        return sorted;
    }
}
