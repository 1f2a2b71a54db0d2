using System.Globalization;
using System.Text;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using static SearchEngine.Core.Tests.Index.IndexTestUtil;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// Searches on several threads while one writer adds, updates, deletes, merges and commits: no exception, and
/// every reader sees exactly one commit's documents (the count recorded in that commit, each id once).
/// </summary>
public sealed class ConcurrentSearchTests : IDisposable
{
    private static readonly string[] Words = ["regeringen", "styrker", "præsident", "skatten", "valget", "partiet", "aftale", "kommunen"];
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task ReadersSeeConsistentSnapshotsWhileTheWriterChangesAndMergesTheIndex()
    {
        using var directory = new FileSystemDirectory(temp.Path);
        var live = new HashSet<string>(StringComparer.Ordinal);
        var config = new IndexWriterConfig { RamBufferSizeMB = 0.25, MergePolicy = new TieredMergePolicy { SegmentsPerTier = 3, MaxMergeAtOnce = 3 } };
        using var writer = new IndexWriter(directory, config);
        writer.AddDocument(Doc("w0", "regeringen"));
        live.Add("w0");
        writer.Commit(Live(live.Count));

        using var stop = new CancellationTokenSource();
        var failures = new List<Exception>();
        int snapshots = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                DirectoryReader reader = DirectoryReader.Open(directory);
                while (!stop.IsCancellationRequested)
                {
                    CheckSnapshot(reader);
                    Interlocked.Increment(ref snapshots);
                    if (DirectoryReader.OpenIfChanged(reader) is DirectoryReader newer)
                    {
                        reader.Dispose();
                        reader = newer;
                    }
                }

                reader.Dispose();
            }
            catch (Exception ex)
            {
                lock (failures)
                {
                    failures.Add(ex);
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        var random = new Random(11);
        int next = 1;
        int maxSegmentsSeen = 0;
        for (int round = 0; round < 60 && failures.Count == 0; round++)
        {
            for (int i = 0; i < 40; i++, next++)
            {
                string id = "w" + next.ToString(CultureInfo.InvariantCulture);
                writer.AddDocument(Doc(id, Words[random.Next(Words.Length)] + " " + Words[random.Next(Words.Length)]));
                live.Add(id);
            }

            foreach (string id in live.OrderBy(_ => random.Next()).Take(8).ToList())
            {
                writer.DeleteDocuments(new Term("id", id));
                live.Remove(id);
            }

            foreach (string id in live.OrderBy(_ => random.Next()).Take(4).ToList())
            {
                writer.UpdateDocument(new Term("id", id), Doc(id, "opdateret " + Words[random.Next(Words.Length)]));
            }

            CommitPoint commit = writer.Commit(Live(live.Count));
            maxSegmentsSeen = Math.Max(maxSegmentsSeen, commit.Segments.Count);
        }

        // On a loaded machine the readers may start late: let them check enough snapshots (bounded) before stopping.
        SpinWait.SpinUntil(() => Volatile.Read(ref snapshots) > 50 || Volatile.Read(ref failures).Count > 0, TimeSpan.FromSeconds(60));
        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Empty(failures);
        Assert.True(snapshots > 50, $"only {snapshots} snapshots were checked");

        writer.WaitForMerges();
        Assert.Null(writer.MergeFailure);
        writer.Commit(Live(live.Count));
        using DirectoryReader final = DirectoryReader.Open(directory);
        Assert.Equal(live.Order(StringComparer.Ordinal), AllIds(final));
        Assert.True(final.Segments.Count < maxSegmentsSeen || maxSegmentsSeen <= 3, "merges should have reduced the segment count");
        VerifyResult verified = IndexVerifier.Verify(directory);
        Assert.True(verified.Ok, verified.Problem);
        Assert.Equal(live.Count, verified.LiveDocs);
    }

    public void Dispose() => temp.Dispose();

    private static Dictionary<string, string> Live(int count) => new() { ["live"] = count.ToString(CultureInfo.InvariantCulture) };

    /// <summary>The snapshot holds exactly its commit's live count of documents, each id once, findable by term.</summary>
    private static void CheckSnapshot(DirectoryReader reader)
    {
        int expected = int.Parse(reader.Commit.UserData["live"], CultureInfo.InvariantCulture);
        Assert.Equal(expected, reader.NumDocs);
        int idsFound = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SegmentReader segment in reader.Segments)
        {
            TermsEnum? terms = segment.GetTerms("id")?.GetIterator();
            if (terms is null)
            {
                continue;
            }

            PostingsEnum? postings = null;
            while (terms.MoveNext())
            {
                postings = terms.Postings(postings, PostingsFeatures.None);
                for (int doc = postings.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = postings.NextDoc())
                {
                    if (segment.IsLive(doc))
                    {
                        idsFound++;
                        Assert.True(seen.Add(Encoding.UTF8.GetString(terms.Term)), "an id is live twice in one snapshot");
                    }
                }
            }
        }

        Assert.Equal(expected, idsFound);
        Assert.True(IdsWithTerm(reader, "body", "regering").Count <= expected);
    }
}
