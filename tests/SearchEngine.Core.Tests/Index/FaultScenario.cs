using System.Globalization;
using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Core.Tests.Store;

namespace SearchEngine.Core.Tests.Index;

/// <summary>
/// Drives an <see cref="IndexWriter"/> over a <see cref="FaultInjectingDirectory"/> with random adds, updates by
/// id, deletes, commits and forced merges (the merge policy merging in the background), next to a model of what
/// the writer holds and what the last successful commit holds; after every simulated crash and every injected
/// failure it checks the index against the model. Every check failure names the seed.
/// </summary>
/// <remarks>
/// A commit that threw after its commit point was renamed into place cannot be undone by a crash that comes
/// before the rollback is durable, so the index may also hold exactly such a failed commit: each commit records
/// its attempt number in its user data, and the check accepts the last successful commit or a failed attempt
/// made after it, with exactly that attempt's documents.
/// </remarks>
internal sealed class FaultScenario : IDisposable
{
    private const int IdPool = 120;
    private static readonly string[] Words = ["regeringen", "styrker", "skat", "valg", "kommune", "havn", "skole", "bro", "vejr", "marked", "nyhed", "borger"];
    private static readonly Analyzer Danish = AnalyzerRegistry.Get("da");

    private readonly Random random;
    private readonly double failureRate;
    private readonly int crashWindow;
    private readonly IndexWriterConfig config;
    private readonly Dictionary<string, string> pending = new(StringComparer.Ordinal);
    private readonly List<(int Attempt, Dictionary<string, string> Docs)> inDoubt = [];
    private FaultInjectingDirectory directory;
    private IndexWriter? writer;
    private (int Attempt, Dictionary<string, string> Docs) committed = (0, new Dictionary<string, string>(StringComparer.Ordinal));
    private int attempts;
    private long version;
    private int failuresOfEarlierDirectories;

    /// <summary>Starts an empty index; crashes are armed within <paramref name="crashWindow"/> operations (0: never).</summary>
    public FaultScenario(int seed, double failureRate, int crashWindow)
    {
        Seed = seed;
        random = new Random(seed);
        this.failureRate = failureRate;
        this.crashWindow = crashWindow;
        config = new IndexWriterConfig
        {
            RamBufferSizeMB = 0.004 + (random.NextDouble() * 0.02),
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 2, MaxMergeAtOnce = 2 + random.Next(3), FloorSegmentBytes = 512 },
        };
        directory = new FaultInjectingDirectory(random.Next()) { FailureRate = failureRate };
        ArmCrash();
        OpenWriter();
    }

    /// <summary>Gets the seed that replays this scenario (SEARCHENGINE_FAULT_SEED).</summary>
    public int Seed { get; }

    /// <summary>Gets the number of simulated crashes survived and checked.</summary>
    public int Crashes { get; private set; }

    /// <summary>Gets the number of failures injected so far, across every reboot.</summary>
    public int InjectedFailures => failuresOfEarlierDirectories + directory.InjectedFailures;

    /// <summary>Gets the number of times the index was opened, verified and compared with the model.</summary>
    public int Checks { get; private set; }

    /// <summary>Gets the number of commits that returned.</summary>
    public int Commits { get; private set; }

    /// <summary>Performs one random operation, and recovers and checks if it failed or the machine crashed.</summary>
    public void Step()
    {
        int dice = random.Next(100);
        string id = "d" + random.Next(IdPool).ToString(CultureInfo.InvariantCulture);
        try
        {
            IndexWriter current = writer!;
            if (dice < 40)
            {
                string body = NewBody();
                current.UpdateDocument(new Term("id", id), Doc(id, body));
                pending[id] = body;
            }
            else if (dice < 60 && !pending.ContainsKey(id))
            {
                string body = NewBody();
                current.AddDocument(Doc(id, body));
                pending[id] = body;
            }
            else if (dice < 75)
            {
                current.DeleteDocuments(new Term("id", id));
                pending.Remove(id);
            }
            else if (dice < 92)
            {
                Commit(current);
            }
            else if (dice < 95)
            {
                current.ForceMerge(1 + random.Next(2));
            }
            else
            {
                current.WaitForMerges();
            }
        }
        catch (Exception ex) when (ex is (IOException or InvalidOperationException) and not CorruptIndexException)
        {
            Recover(ex);
            return;
        }

        Exception? mergeFailure = writer?.MergeFailure;
        Assert.True(
            mergeFailure is null or SimulatedCrashException || mergeFailure.Message.Contains("Injected failure", StringComparison.Ordinal),
            $"Seed {Seed} (replay with SEARCHENGINE_FAULT_SEED={Seed}): a merge failed by itself: {mergeFailure}");
        if (directory.IsCrashed)
        {
            Recover(null);
        }
    }

    /// <summary>Abandons the writer (the index stays as the last step left it).</summary>
    public void Dispose()
    {
        Abandon();
        directory.Dispose();
    }

    private static Document Doc(string id, string body) =>
        new Document().Add(Field.Keyword("id", id, stored: true)).Add(Field.Text("body", body, Danish));

    private string NewBody() =>
        string.Create(CultureInfo.InvariantCulture, $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} version {++version}");

    private void Commit(IndexWriter current)
    {
        int attempt = ++attempts;
        var snapshot = new Dictionary<string, string>(pending, StringComparer.Ordinal);
        try
        {
            current.Commit(new Dictionary<string, string>(StringComparer.Ordinal) { ["attempt"] = attempt.ToString(CultureInfo.InvariantCulture) });
        }
        catch
        {
            inDoubt.Add((attempt, snapshot));
            throw;
        }

        Commits++;
        committed = (attempt, snapshot);
        inDoubt.Clear();
    }

    /// <summary>After a crash: reboot and check. After a failure: carry on when the writer can, else roll back, reopen and check.</summary>
    private void Recover(Exception? failure)
    {
        Exception? cause = failure;
        while (cause is not null && cause is not CorruptIndexException)
        {
            cause = cause.InnerException;
        }

        Assert.True(cause is null, $"Seed {Seed} (replay with SEARCHENGINE_FAULT_SEED={Seed}): the writer read a corrupt file of its own: {failure}");
        if (directory.IsCrashed)
        {
            Abandon();
            failuresOfEarlierDirectories += directory.InjectedFailures;
            directory = directory.Crash();
            Crashes++;
            CheckAndAdopt("after crash " + Crashes.ToString(CultureInfo.InvariantCulture));
            directory.FailureRate = failureRate;
            ArmCrash();
            OpenWriter();
            return;
        }

        // The writer's contract: unless a failure closed it (Tragedy), a call that threw changed nothing (a commit
        // that threw is retried by the next one, though it may have become visible: see the remarks), so the writer
        // may carry on. Half the time it carries on, half the time it is rolled back and reopened.
        if (writer!.Tragedy is null && random.Next(2) == 0)
        {
            return;
        }

        try
        {
            writer.Dispose();
        }
        catch (IOException)
        {
            // The rollback's own file deletions may fail (the next writer deletes what is left), or the power went.
        }

        writer = null;
        if (directory.IsCrashed)
        {
            Recover(null);
            return;
        }

        CheckAndAdopt("after a failure and rollback: " + failure?.Message);
        OpenWriter();
    }

    private void Abandon()
    {
        try
        {
            writer?.Dispose();
        }
        catch (IOException)
        {
            // The machine is gone: the writer's rollback fails against the dead directory.
        }

        writer = null;
    }

    private void ArmCrash()
    {
        if (crashWindow > 0)
        {
            directory.CrashAfter(1 + random.Next(crashWindow));
        }
    }

    private void OpenWriter()
    {
        while (true)
        {
            try
            {
                writer = new IndexWriter(directory, config);
                return;
            }
            catch (IOException) when (!directory.IsCrashed)
            {
                // An injected failure while the writer cleaned up: try again.
            }
            catch (SimulatedCrashException)
            {
                failuresOfEarlierDirectories += directory.InjectedFailures;
                directory = directory.Crash();
                Crashes++;
                CheckAndAdopt("after a crash while opening the writer");
                directory.FailureRate = failureRate;
                ArmCrash();
            }
        }
    }

    /// <summary>Opens, verifies and compares the index with the model, and makes the state found the model's baseline.</summary>
    private void CheckAndAdopt(string when)
    {
        double rate = directory.FailureRate;
        directory.FailureRate = 0;
        Checks++;
        string context = $"Seed {Seed} (replay with SEARCHENGINE_FAULT_SEED={Seed}), {when}, check {Checks}";
        (int Attempt, Dictionary<string, string> Docs) found;
        if (!DirectoryReader.IndexExists(directory))
        {
            Assert.True(committed.Attempt == 0, $"{context}: the index is gone, but attempt {committed.Attempt} had committed");
            found = (0, new Dictionary<string, string>(StringComparer.Ordinal));
        }
        else
        {
            VerifyResult verified = IndexVerifier.Verify(directory);
            Assert.True(verified.Ok, $"{context}: the verifier finds {verified.BadFile}: {verified.Problem}");
            using DirectoryReader reader = DirectoryReader.Open(directory);
            int attempt = int.Parse(reader.Commit.UserData["attempt"], CultureInfo.InvariantCulture);
            Dictionary<string, string>? expected = attempt == committed.Attempt ? committed.Docs : inDoubt.Find(a => a.Attempt == attempt).Docs;
            Assert.True(expected is not null, $"{context}: the index shows commit attempt {attempt}, the last successful one was {committed.Attempt} (in doubt: {string.Join(',', inDoubt.Select(a => a.Attempt))})");
            Dictionary<string, string> actual = ReadAll(reader, context);
            Assert.True(
                actual.Count == expected!.Count && actual.All(pair => expected.TryGetValue(pair.Key, out string? body) && body == pair.Value),
                $"{context}: attempt {attempt} holds {Describe(actual, expected)}");
            foreach (string id in expected.Keys)
            {
                Assert.True(IndexTestUtil.IdsWithTerm(reader, "id", id).Count == 1, $"{context}: id {id} is not found exactly once by its term");
            }

            found = (attempt, expected);
        }

        committed = (found.Attempt, new Dictionary<string, string>(found.Docs, StringComparer.Ordinal));
        inDoubt.Clear();
        pending.Clear();
        foreach ((string id, string body) in found.Docs)
        {
            pending[id] = body;
        }

        directory.FailureRate = rate;
    }

    private static Dictionary<string, string> ReadAll(DirectoryReader reader, string context)
    {
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (SegmentReader segment in reader.Segments)
        {
            for (int doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (segment.IsLive(doc))
                {
                    var visitor = new DocVisitor();
                    segment.Document(doc, visitor);
                    Assert.True(docs.TryAdd(visitor.Id!, visitor.Body!), $"{context}: id {visitor.Id} is live twice (the second time in {segment.Name})");
                }
            }
        }

        return docs;
    }

    private static string Describe(Dictionary<string, string> actual, Dictionary<string, string> expected)
    {
        string[] missing = [.. expected.Keys.Where(id => !actual.ContainsKey(id)).Order(StringComparer.Ordinal).Take(5)];
        string[] extra = [.. actual.Keys.Where(id => !expected.ContainsKey(id)).Order(StringComparer.Ordinal).Take(5)];
        string[] changed = [.. actual.Keys.Where(id => expected.TryGetValue(id, out string? body) && body != actual[id]).Order(StringComparer.Ordinal).Take(5)];
        return $"{actual.Count} documents, expected {expected.Count}; missing [{string.Join(',', missing)}], unexpected [{string.Join(',', extra)}], other content [{string.Join(',', changed)}]";
    }

    private sealed class DocVisitor : StoredFieldVisitor
    {
        public string? Id { get; private set; }

        public string? Body { get; private set; }

        public override StoredFieldStatus NeedsField(FieldInfo field) => StoredFieldStatus.Yes;

        public override void StringField(FieldInfo field, string value)
        {
            if (field.Name == "id")
            {
                Id = value;
            }
            else
            {
                Body = value;
            }
        }
    }
}
