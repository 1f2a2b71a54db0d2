using System.Diagnostics;
using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Indexing;

public sealed class LuceneNetIndexTests
{
    [Fact]
    public void Update_replaces_the_document_with_the_same_id_and_delete_removes_it()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Update("id", "a", TestIndexes.WithId("a").Text("body", "hund", "da"));
        index.Update("id", "b", TestIndexes.WithId("b").Text("body", "fisk", "da"));
        EngineCommit first = index.Commit();

        index.Update("id", "a", TestIndexes.WithId("a").Text("body", "kat", "da"));
        index.Delete("id", "b");
        EngineCommit second = index.Commit();

        Assert.Equal(2, first.LiveDocs);
        Assert.Equal(1, second.LiveDocs);
        Assert.True(second.Generation > first.Generation);
        using IEngineSnapshot snapshot = index.OpenSnapshot();
        Assert.Equal(second.Generation, snapshot.Generation);
        Assert.Equal(1, snapshot.NumDocs);
        Assert.Equal(0, snapshot.Search(new TermQuery("body", "hund"), 10).TotalHits);
        Assert.Equal(["a"], TestIndexes.Ids(snapshot, snapshot.Search(new TermQuery("body", "kat"), 10).ScoreDocs));
        Assert.Equal(0, snapshot.Search(new TermQuery("id", "b"), 10).TotalHits);
    }

    [Fact]
    public void A_commit_reports_its_generation_live_documents_and_the_size_of_its_files()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Update("id", "a", TestIndexes.WithId("a"));
        index.Update("id", "b", TestIndexes.WithId("b"));

        EngineCommit commit = index.Commit();

        using IEngineSnapshot snapshot = index.OpenSnapshot();
        Assert.Equal(1, commit.Generation);
        Assert.Equal(2, commit.LiveDocs);
        Assert.Equal(commit.Bytes, snapshot.Bytes);
        long onDisk = Directory.GetFiles(temp.Path).Where(static f => !f.EndsWith("write.lock", StringComparison.Ordinal)).Sum(static f => new FileInfo(f).Length);
        Assert.InRange(commit.Bytes, 1, onDisk);
    }

    [Fact]
    public void User_data_is_recorded_and_every_commit_with_it_is_a_new_generation()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);

        EngineCommit first = index.Commit(new Dictionary<string, string> { ["sequence"] = "1" });
        EngineCommit second = index.Commit(new Dictionary<string, string> { ["sequence"] = "2" });
        EngineCommit unchanged = index.Commit();

        Assert.Equal(second.Generation, first.Generation + 1);
        Assert.Equal(second.Generation, unchanged.Generation);
        var infos = new Lucene.Net.Index.SegmentInfos();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(temp.Path))
        {
            infos.Read(directory);
        }

        Assert.Equal("2", infos.UserData["sequence"]);
    }

    [Fact]
    public void An_empty_committed_index_opens_with_no_documents()
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path, create: true))
        {
            Assert.False(index.HasCommit);
            EngineCommit commit = index.Commit();
            Assert.Equal(0, commit.LiveDocs);
            Assert.True(index.HasCommit);
        }

        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        using IEngineSnapshot snapshot = reopened.OpenSnapshot();
        Assert.Equal(0, snapshot.NumDocs);
        Assert.Equal(0, snapshot.MaxDoc);
        Assert.Equal(0, snapshot.SegmentCount);
        Assert.Equal(0, snapshot.Search(new MatchAllDocsQuery(), 10).TotalHits);
        Assert.Equal(0, snapshot.SearchWithFacets(new MatchAllDocsQuery(), [], ["person"], 10).DrillDown["person"].LabelCount);
        Assert.Equal(0, snapshot.CountValues("person").LabelCount);
        Assert.True(reopened.Verify().Ok);
    }

    [Fact]
    public void Disposing_drops_the_changes_made_since_the_last_commit()
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path))
        {
            index.Update("id", "kept", TestIndexes.WithId("kept"));
            index.Commit();
            index.Update("id", "dropped", TestIndexes.WithId("dropped"));
            index.Delete("id", "kept");
        }

        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        using IEngineSnapshot snapshot = reopened.OpenSnapshot();
        Assert.Equal(["kept"], TestIndexes.Ids(snapshot, snapshot.Search(new MatchAllDocsQuery(), 10).ScoreDocs));
    }

    [Fact]
    public void Disposing_an_index_that_never_committed_leaves_no_index()
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path))
        {
            index.Update("id", "a", TestIndexes.WithId("a"));
        }

        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        Assert.False(reopened.HasCommit);
    }

    [Fact]
    public void A_second_writer_on_the_folder_gets_IndexLockedException_naming_it()
    {
        using var temp = new TempDirectory();
        using IEngineIndex first = TestIndexes.Open(temp.Path);
        first.Update("id", "a", TestIndexes.WithId("a"));
        using IEngineIndex second = TestIndexes.Open(temp.Path);

        var error = Assert.Throws<IndexLockedException>(() => second.Update("id", "b", TestIndexes.WithId("b")));

        Assert.Contains(Path.GetFullPath(temp.Path), error.Message, StringComparison.Ordinal);
        Assert.Throws<IndexLockedException>(() => second.Commit());
    }

    [Theory]
    [InlineData("-x")] // this engine's lock in another process
    [InlineData("-s")] // stock Lucene.Net 4.8's lock in another process
    public void A_writer_in_another_process_holds_the_folder_against_this_one(string mode)
    {
        using var temp = new TempDirectory();
        string lockFile = Path.Combine(temp.Path, "write.lock");
        using Process holder = StartFlock(mode, lockFile, "sleep", "30");
        try
        {
            WaitUntil(() => RunFlock("-n", "-x", lockFile, "true") != 0);
            using IEngineIndex index = TestIndexes.Open(temp.Path);

            var error = Assert.Throws<IndexLockedException>(() => index.Update("id", "a", TestIndexes.WithId("a")));

            Assert.Contains(Path.GetFullPath(temp.Path), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill();
            holder.WaitForExit();
        }
    }

    [Fact]
    public void The_write_lock_holds_the_folder_against_other_processes()
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path))
        {
            index.Update("id", "a", TestIndexes.WithId("a"));

            // Even a shared lock is refused: stock Lucene.Net takes only a shared one, so two writers could coexist.
            Assert.Equal(1, RunFlock("-n", "-s", Path.Combine(temp.Path, "write.lock"), "true"));
        }

        Assert.Equal(0, RunFlock("-n", "-x", Path.Combine(temp.Path, "write.lock"), "true"));
    }

    [Fact]
    public void The_write_lock_is_released_on_dispose()
    {
        using var temp = new TempDirectory();
        using (IEngineIndex first = TestIndexes.Open(temp.Path))
        {
            first.Update("id", "a", TestIndexes.WithId("a"));
            first.Commit();
        }

        using IEngineIndex second = TestIndexes.Open(temp.Path);
        second.Update("id", "b", TestIndexes.WithId("b"));
        Assert.Equal(2, second.Commit().LiveDocs);
    }

    [Fact]
    public void Opening_a_snapshot_of_a_folder_without_a_commit_names_the_folder()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);

        var error = Assert.Throws<IndexNotFoundException>(() => index.OpenSnapshot());

        Assert.Contains(Path.GetFullPath(temp.Path), error.Message, StringComparison.Ordinal);
        Assert.Throws<IndexNotFoundException>(() => index.Verify());
    }

    [Fact]
    public void A_rebuild_replaces_every_document_and_keeps_the_folders_other_files()
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path))
        {
            index.Update("id", "old", TestIndexes.WithId("old"));
            index.Commit();
        }

        NewsEngines.WriteMarker(temp.Path, NewsEngines.LuceneNet);
        string articles = Path.Combine(temp.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "2024.jsonl"), "{}\n");

        using (IEngineIndex rebuild = TestIndexes.Open(temp.Path, create: true))
        {
            rebuild.Update("id", "new", TestIndexes.WithId("new"));
            EngineCommit commit = rebuild.Commit();
            Assert.Equal(1, commit.LiveDocs);
        }

        Assert.Equal(NewsEngines.LuceneNet, NewsEngines.ReadMarker(temp.Path));
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(articles, "2024.jsonl")));
        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        using IEngineSnapshot snapshot = reopened.OpenSnapshot();
        Assert.Equal(["new"], TestIndexes.Ids(snapshot, snapshot.Search(new MatchAllDocsQuery(), 10).ScoreDocs));
        Assert.True(reopened.Verify().Ok);
    }

    [Fact]
    public void A_rebuild_that_never_commits_keeps_the_previous_index()
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path))
        {
            index.Update("id", "old", TestIndexes.WithId("old"));
            index.Commit();
        }

        using (IEngineIndex rebuild = TestIndexes.Open(temp.Path, create: true))
        {
            rebuild.Update("id", "new", TestIndexes.WithId("new"));
        }

        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        using IEngineSnapshot snapshot = reopened.OpenSnapshot();
        Assert.Equal(["old"], TestIndexes.Ids(snapshot, snapshot.Search(new MatchAllDocsQuery(), 10).ScoreDocs));
    }

    [Fact]
    public void Snapshots_stay_usable_after_the_index_is_disposed()
    {
        using var temp = new TempDirectory();
        IEngineSnapshot snapshot;
        IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Update("id", "a", TestIndexes.WithId("a"));
        index.Commit();
        snapshot = index.OpenSnapshot();
        index.Dispose();

        using (snapshot)
        {
            Assert.Equal(1, snapshot.Search(new TermQuery("id", "a"), 10).TotalHits);
            Assert.Null(snapshot.OpenIfChanged());
        }
    }

    [Fact]
    public void Concurrent_updates_from_many_threads_all_arrive()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            string id = "doc" + (i % 200);
            string language = i % 2 == 0 ? "da" : "nl";
            index.Update("id", id, TestIndexes.WithId(id).Text("body_" + language, language == "da" ? "en hund løber" : "een hond loopt", language));
            if (i % 97 == 0)
            {
                index.Commit();
            }
        });

        Assert.Equal(200, index.Commit().LiveDocs);
    }

    // util-linux's flock(1) takes the same lock another process's writer would; the tests skip without it.
    private static Process StartFlock(params string[] arguments)
    {
        RequireFlock();
        var start = new ProcessStartInfo("flock") { UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start flock.");
    }

    private static int RunFlock(params string[] arguments)
    {
        using Process process = StartFlock(arguments);
        process.WaitForExit();
        return process.ExitCode;
    }

    private static void RequireFlock()
    {
        if (!File.Exists("/usr/bin/flock") && !File.Exists("/bin/flock"))
        {
            Assert.Skip("flock(1) is not installed (util-linux); the cross-process lock tests need it.");
        }
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "flock did not take the lock within 10 seconds.");
            Thread.Sleep(20);
        }
    }
}
