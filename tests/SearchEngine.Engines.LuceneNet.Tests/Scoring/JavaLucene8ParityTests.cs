using System.Diagnostics;
using System.Globalization;
using System.Text;
using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Scoring;

/// <summary>
/// The engine's scores against Java Lucene 8's own (Debian's liblucene8-java, run through Lucene8Scores.java) over a
/// generated Danish and Dutch corpus: the same hits, in the same order, with the same scores. Skipped, naming what
/// is missing, where java, javac or the Lucene 8 jars are not installed.
/// </summary>
public sealed class JavaLucene8ParityTests
{
    private static readonly string[] DanishWords = "hund hunden hundene kat katten kattene regering regeringen valg valget skole skolen fisk by byen bil bilen og i en det er på at løber løb hus huset husene".Split(' ');
    private static readonly string[] DutchWords = "hond honden kat katten regering regeringen verkiezing school scholen fiets fietsen kind kinderen ei eieren stad auto de het een en is op loopt huis".Split(' ');
    private static readonly int[] Lengths = [0, 1, 2, 3, 5, 8, 13, 21, 30, 45, 70, 120, 400];

    // The same queries, in the same order, as Lucene8Scores.java.
    private static readonly Query[] Queries =
    [
        new TermQuery("body_da", "hund"),
        new BoostQuery(new TermQuery("body_da", "kat"), 2.5f),
        Phrase("body_da", 0, "hund", "kat"),
        Phrase("body_da", 3, "hund", "kat"),
        new BooleanQueryBuilder().Add(new BoostQuery(new TermQuery("body_da", "regering"), 2f), Occur.Should).Add(new TermQuery("body_nl", "regering"), Occur.Should).Build(),
        new TermQuery("body_nl", "kinder"),
        new BooleanQueryBuilder().Add(new TermQuery("body_nl", "eier"), Occur.Must).Add(new TermQuery("lang", "nl"), Occur.Filter).Build(),
        Phrase("body_nl", 1, "fiets", "kinder"),
        new BoostQuery(new BooleanQueryBuilder().Add(new TermQuery("body_da", "fisk"), Occur.Should).Add(new TermQuery("body_da", "bil"), Occur.Should).Build(1), 1.7f),
        new TermQuery("lang", "da"),
        new BooleanQueryBuilder()
            .Add(new BoostQuery(new PrefixQuery("body_da", "hu"), 3f), Occur.Should)
            .Add(new TermQuery("body_da", "by"), Occur.Should)
            .Add(new TermQuery("body_da", "skol"), Occur.MustNot)
            .Build(),
        new BooleanQueryBuilder().Add(new MatchAllDocsQuery(), Occur.Must).Add(new TermQuery("body_da", "valg"), Occur.Should).Build(),
    ];

    [Fact]
    public void Scores_equal_Java_Lucene_8s_for_every_hit()
    {
        string classPath = RequireLucene8();
        using var temp = new TempDirectory();
        string corpus = Path.Combine(temp.Path, "corpus.tsv");
        File.WriteAllLines(corpus, Corpus(), new UTF8Encoding(false));
        string classes = Path.Combine(temp.Path, "classes");
        Directory.CreateDirectory(classes);
        string source = Path.Combine(AppContext.BaseDirectory, "Scoring", "Lucene8Scores.java");
        Run("javac", ["-nowarn", "-cp", classPath, "-d", classes, source]);
        List<(int Query, string Id, float Score)> java = [.. Run("java", ["-cp", classPath + ":" + classes, "Lucene8Scores", corpus])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(static line => line.Split('\t'))
            .Select(static parts => (int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], float.Parse(parts[2], CultureInfo.InvariantCulture)))];

        using IEngineIndex index = TestIndexes.Open(Path.Combine(temp.Path, "index"));
        foreach (string line in File.ReadLines(corpus))
        {
            string[] parts = line.Split('\t');
            IndexDocument document = TestIndexes.WithId(parts[0]).Keyword("lang", parts[1]);
            if (parts[2].Length > 0)
            {
                document.Text("body_" + parts[1], parts[2], parts[1]);
            }

            index.Update("id", parts[0], document);
        }

        index.Commit();
        using IEngineSnapshot snapshot = index.OpenSnapshot();
        for (int query = 0; query < Queries.Length; query++)
        {
            (string Id, float Score)[] expected = [.. java.Where(hit => hit.Query == query).Select(static hit => (hit.Id, hit.Score))];
            EngineTopDocs top = snapshot.Search(Queries[query], 10_000);
            List<string> ids = TestIndexes.Ids(snapshot, top.ScoreDocs);

            Assert.True(expected.Length > 0, $"query {query} ({Queries[query]}) matched nothing in Java Lucene");
            Assert.Equal(expected.Length, top.TotalHits);
            Assert.Equal(expected.Select(static hit => hit.Id), ids);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i].Score - top.ScoreDocs[i].Score) <= 1e-4f, $"query {query} ({Queries[query]}), {ids[i]}: Java {expected[i].Score}, engine {top.ScoreDocs[i].Score}");
            }
        }
    }

    // 400 articles, about a third Dutch, of lengths from 0 (no body) to 400 terms (norms past the exact range).
    private static IEnumerable<string> Corpus()
    {
        var random = new Random(11);
        for (int i = 0; i < 400; i++)
        {
            bool dutch = random.Next(3) == 0;
            string[] words = dutch ? DutchWords : DanishWords;
            int length = Lengths[random.Next(Lengths.Length)];
            string text = string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
            yield return $"d{i}\t{(dutch ? "nl" : "da")}\t{text}";
        }
    }

    private static PhraseQuery Phrase(string field, int slop, params string[] terms) =>
        new(field, [.. terms.Select(static (term, i) => new PhraseTerm(term, i))], slop);

    private static string RequireLucene8()
    {
        string[] path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries);
        if (!path.Any(static dir => File.Exists(Path.Combine(dir, "java"))) || !path.Any(static dir => File.Exists(Path.Combine(dir, "javac"))))
        {
            Assert.Skip("java/javac are not installed (apt-get install openjdk-17-jdk-headless liblucene8-java); the Java Lucene 8 comparison cannot run.");
        }

        string[] jars = Directory.Exists("/usr/share/java")
            ? [.. Directory.EnumerateFiles("/usr/share/java", "lucene-core-8*.jar").Concat(Directory.EnumerateFiles("/usr/share/java", "lucene-analyzers-common-8*.jar"))]
            : [];
        if (jars.Length < 2)
        {
            Assert.Skip("The Lucene 8 core and analyzers-common jars are missing from /usr/share/java (apt-get install liblucene8-java).");
        }

        return string.Join(':', jars);
    }

    private static string Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        return output;
    }
}
