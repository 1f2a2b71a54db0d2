using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Tests;

namespace SearchEngine.Core.Tests.Codecs.Bounds;

/// <summary>
/// A small real index written by <see cref="IndexWriter"/> in a temp folder: one segment of 300 documents with
/// every file kind (postings with full blocks, tail blocks, skip data, positions and offsets; norms; stored fields
/// in several blocks; numeric and sorted-set doc values; deletions). Its files are kept as pristine bytes.
/// </summary>
public sealed class SmallIndex : IDisposable
{
    public const int MaxDoc = 300;

    private static readonly string[] Vehicles = ["hus", "bil", "skib", "tog", "fly", "cykel", "vej"];
    private static readonly string[] Persons = ["Anna", "Bo", "Carl", "Dorte", "Erik"];
    private readonly TempDirectory temp = new();

    public SmallIndex()
    {
        using (var directory = new FileSystemDirectory(temp.Path))
        using (var writer = new IndexWriter(directory))
        {
            for (int i = 0; i < MaxDoc; i++)
            {
                writer.AddDocument(Document(i));
            }

            writer.Commit();
            writer.DeleteDocuments(new Term("id", "d1"));
            writer.DeleteDocuments(new Term("id", "d2"));
            writer.Commit();
        }

        Files = Directory.GetFiles(temp.Path).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes, StringComparer.Ordinal);
        Assert.Single(Files.Keys, f => f.EndsWith(".si", StringComparison.Ordinal));
    }

    /// <summary>Gets the pristine bytes of every file, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Returns the name of the file with <paramref name="extension"/>.</summary>
    public string FileOf(string extension) => Files.Keys.Single(f => f.EndsWith("." + extension, StringComparison.Ordinal));

    /// <summary>Copies the pristine index to a new folder under <paramref name="parent"/>, with the files in <paramref name="replaced"/> replaced.</summary>
    public string CopyWith(string parent, IReadOnlyDictionary<string, byte[]> replaced)
    {
        string folder = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach ((string name, byte[] content) in Files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), replaced.GetValueOrDefault(name, content));
        }

        return folder;
    }

    /// <summary>Returns the term info of the body term with the highest document frequency matching <paramref name="docFreq"/>.</summary>
    internal TermInfo BodyTerm(Func<int, bool> docFreq)
    {
        using var directory = new FileSystemDirectory(temp.Path);
        using DirectoryReader reader = DirectoryReader.Open(directory);
        TermsEnum terms = reader.Segments[0].GetTerms("body")!.GetIterator();
        TermInfo best = default;
        while (terms.MoveNext())
        {
            if (docFreq(terms.DocFreq) && terms.DocFreq > best.DocFreq)
            {
                best = terms.TermInfo;
            }
        }

        Assert.True(best.DocFreq > 0, "no body term has the wanted document frequency");
        return best;
    }

    public void Dispose() => temp.Dispose();

    private static Document Document(int i)
    {
        // "nyhed" is in every document (two full blocks, a tail, skip data); "halvdel" in half of them with gaps
        // of four, so its packed deltas take 3 bits; the rest vary.
        string body = $"nyhed {Vehicles[i % Vehicles.Length]} {(i % 8 < 4 ? "halvdel" : "rest")} ord{i} {Vehicles[(i / 7) % Vehicles.Length]} nyhed";
        var document = new Document()
            .Add(Field.Keyword("id", "d" + i, stored: true))
            .Add(Field.Text("body", body, AnalyzerRegistry.Get("da")))
            .Add(Field.Keyword("person", Persons[i % 3]))
            .Add(Field.SortedSetDocValues("person", Persons[i % 3]));
        if (i % 5 == 0)
        {
            document.Add(Field.SortedSetDocValues("person", Persons[3]));
        }

        if (i % 7 == 0)
        {
            document.Add(Field.SortedSetDocValues("person", Persons[4]));
        }

        if (i % 10 != 9)
        {
            document.Add(Field.NumericDocValues("date", 20240101 + i));
        }

        return document;
    }
}
