using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Store;

/// <summary>The disk model of <see cref="FaultInjectingDirectory"/>: what a simulated power loss keeps and what it loses.</summary>
public sealed class FaultInjectingDirectoryTests
{
    private const int Seeds = 64;
    private static readonly byte[] Content = [.. Enumerable.Range(0, 300).Select(i => (byte)i)];

    [Fact]
    public void SyncedBytesUnderASyncedNameSurviveEveryCrash()
    {
        for (int seed = 0; seed < Seeds; seed++)
        {
            var directory = new FaultInjectingDirectory(seed);
            Write(directory, "a");
            directory.Sync(["a"]);
            directory.SyncMetaData();

            FaultInjectingDirectory rebooted = directory.Crash();

            Assert.Equal(Content, rebooted.ReadAllBytes("a"));
        }
    }

    [Fact]
    public void AnFsyncMakesTheNewFilesEntryDurableWithItsBytes()
    {
        for (int seed = 0; seed < Seeds; seed++)
        {
            var directory = new FaultInjectingDirectory(seed);
            Write(directory, "a");
            directory.Sync(["a"]);

            FaultInjectingDirectory rebooted = directory.Crash();

            Assert.Equal(Content, rebooted.ReadAllBytes("a"));
        }
    }

    [Fact]
    public void UnsyncedBytesAreSometimesKeptTruncatedEmptiedOrGarbledButNeverOtherwise()
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        for (int seed = 0; seed < Seeds; seed++)
        {
            var directory = new FaultInjectingDirectory(seed);
            Write(directory, "a");
            directory.SyncMetaData();

            byte[] after = directory.Crash().ReadAllBytes("a");

            outcomes.Add(after.AsSpan().SequenceEqual(Content) ? "kept"
                : after.Length == 0 ? "empty"
                : after.Length < Content.Length && after.AsSpan().SequenceEqual(Content.AsSpan(0, after.Length)) ? "truncated"
                : after.Length == Content.Length ? "garbled"
                : "impossible");
        }

        Assert.Equal(["empty", "garbled", "kept", "truncated"], outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnUnsyncedCreationIsSometimesLost()
    {
        var present = new HashSet<bool>();
        for (int seed = 0; seed < Seeds; seed++)
        {
            var directory = new FaultInjectingDirectory(seed);
            Write(directory, "a");
            present.Add(directory.Crash().FileExists("a"));
        }

        Assert.Equal([false, true], present.Order());
    }

    [Fact]
    public void AnUnsyncedRenameIsKeptOrUndoneWholeAndASyncedOneAlwaysKept()
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        for (int seed = 0; seed < Seeds; seed++)
        {
            var directory = new FaultInjectingDirectory(seed);
            Write(directory, "pending");
            directory.Sync(["pending"]);
            directory.SyncMetaData();
            directory.Rename("pending", "final");

            FaultInjectingDirectory rebooted = directory.Crash();

            outcomes.Add(string.Join(',', rebooted.ListAll()));
            Assert.Equal(Content, rebooted.ReadAllBytes(rebooted.ListAll().Single()));

            var synced = new FaultInjectingDirectory(seed);
            Write(synced, "pending");
            synced.Sync(["pending"]);
            synced.Rename("pending", "final");
            synced.SyncMetaData();
            Assert.Equal(["final"], synced.Crash().ListAll());
        }

        Assert.Equal(["final", "pending"], outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFileWrittenAgainUnderADeletedNameAndFsyncedIsTheNewFileAfterEveryCrash()
    {
        byte[] replacement = [.. Content.Select(b => (byte)(b ^ 0xFF))];
        for (int seed = 0; seed < Seeds; seed++)
        {
            var directory = new FaultInjectingDirectory(seed);
            Write(directory, "a");
            directory.Sync(["a"]);
            directory.SyncMetaData();
            directory.DeleteFile("a");
            using (IndexOutput output = directory.CreateOutput("a"))
            {
                output.WriteBytes(replacement);
            }

            directory.Sync(["a"]);

            FaultInjectingDirectory rebooted = directory.Crash();

            Assert.Equal(replacement, rebooted.ReadAllBytes("a"));
        }
    }

    [Fact]
    public void AnUnsyncedDeleteCanBeUndoneAndBringsBackTheSyncedBytes()
    {
        var present = new HashSet<bool>();
        for (int seed = 0; seed < Seeds; seed++)
        {
            var directory = new FaultInjectingDirectory(seed);
            Write(directory, "a");
            directory.Sync(["a"]);
            directory.SyncMetaData();
            directory.DeleteFile("a");

            FaultInjectingDirectory rebooted = directory.Crash();

            present.Add(rebooted.FileExists("a"));
            if (rebooted.FileExists("a"))
            {
                Assert.Equal(Content, rebooted.ReadAllBytes("a"));
            }
        }

        Assert.Equal([false, true], present.Order());
    }

    [Fact]
    public void AnUnsyncedCreateThenRenameEndsAsNeitherEitherNameButNeverBoth()
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        for (int seed = 0; seed < Seeds; seed++)
        {
            var directory = new FaultInjectingDirectory(seed);
            Write(directory, "a");
            directory.Rename("a", "b");

            outcomes.Add(string.Join(',', directory.Crash().ListAll()));
        }

        Assert.Equal(["", "a", "b"], outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnArmedCrashStopsTheOperationAndEveryLaterCall()
    {
        var directory = new FaultInjectingDirectory(1);
        directory.CrashAfter(3);
        using (IndexOutput output = directory.CreateOutput("a"))
        {
            output.WriteBytes(Content);
        }

        Assert.Throws<SimulatedCrashException>(() => directory.CreateOutput("b"));
        Assert.True(directory.IsCrashed);
        Assert.Throws<SimulatedCrashException>(() => directory.ListAll());
        Assert.Throws<SimulatedCrashException>(() => directory.Sync(["a"]));
        Assert.DoesNotContain("b", directory.Crash().ListAll());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void FailuresAreInjectedAtTheConfiguredRateIntoEveryMutatingOperation(double rate)
    {
        var directory = new FaultInjectingDirectory(7);
        Write(directory, "x");
        directory.FailureRate = rate;
        var attempts = new Action[]
        {
            () => directory.CreateOutput("c").Dispose(),
            () => Write(directory, "w"),
            () => directory.Sync(["x"]),
            () => directory.Rename("x", "y"),
            () => directory.DeleteFile("x"),
            () => directory.SyncMetaData(),
        };

        int failed = 0;
        foreach (Action attempt in attempts)
        {
            try
            {
                attempt();
            }
            catch (IOException ex) when (ex.Message.StartsWith("Injected failure", StringComparison.Ordinal))
            {
                failed++;
            }
        }

        Assert.Equal(rate == 0 ? 0 : attempts.Length, failed);
        Assert.Equal(failed, directory.InjectedFailures);
    }

    [Fact]
    public void TheSameSeedGivesTheSameCrash()
    {
        static string Run(int seed)
        {
            var directory = new FaultInjectingDirectory(seed);
            for (int i = 0; i < 20; i++)
            {
                Write(directory, "f" + i);
                if (i % 3 == 0)
                {
                    directory.Rename("f" + i, "g" + i);
                }
            }

            FaultInjectingDirectory rebooted = directory.Crash();
            return string.Join(';', rebooted.ListAll().Select(name => name + "=" + Convert.ToHexString(rebooted.ReadAllBytes(name))));
        }

        Assert.Equal(Run(42), Run(42));
        Assert.NotEqual(Run(42), Run(43));
    }

    private static void Write(FaultInjectingDirectory directory, string name)
    {
        using IndexOutput output = directory.CreateOutput(name);
        output.WriteBytes(Content);
    }
}
