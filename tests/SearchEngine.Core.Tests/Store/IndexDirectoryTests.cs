using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Store;

/// <summary>The contract every IndexDirectory keeps, run against the file system and memory implementations.</summary>
public sealed class IndexDirectoryTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public static TheoryData<string> Kinds => ["fs", "ram"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void WrittenValuesReadBackEqual(string kind)
    {
        using IndexDirectory directory = Create(kind);
        using (IndexOutput output = directory.CreateOutput("a.bin"))
        {
            output.WriteByte(7);
            output.WriteInt32(-123456);
            output.WriteInt64(long.MinValue);
            output.WriteVInt32(0);
            output.WriteVInt32(127);
            output.WriteVInt32(128);
            output.WriteVInt32(int.MaxValue);
            output.WriteVInt64(long.MaxValue);
            output.WriteString("Tilbagetrækning ĳ 😀");
            output.WriteBytes(new byte[200_000]);
        }

        using IndexInput input = directory.OpenInput("a.bin");
        Assert.Equal(7, input.ReadByte());
        Assert.Equal(-123456, input.ReadInt32());
        Assert.Equal(long.MinValue, input.ReadInt64());
        Assert.Equal(0, input.ReadVInt32());
        Assert.Equal(127, input.ReadVInt32());
        Assert.Equal(128, input.ReadVInt32());
        Assert.Equal(int.MaxValue, input.ReadVInt32());
        Assert.Equal(long.MaxValue, input.ReadVInt64());
        Assert.Equal("Tilbagetrækning ĳ 😀", input.ReadString());
        Assert.Equal(200_000, input.ReadSpan(200_000).Length);
        Assert.Equal(input.Length, input.Position);
        Assert.Equal(input.Length, directory.FileLength("a.bin"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ReadingPastTheEndIsCorruption(string kind)
    {
        using IndexDirectory directory = Create(kind);
        using (IndexOutput output = directory.CreateOutput("short.bin"))
        {
            output.WriteByte(0x80);
        }

        using IndexInput input = directory.OpenInput("short.bin");
        var error = Assert.Throws<CorruptIndexException>(() => input.ReadVInt32());
        Assert.Contains("short.bin", error.Message);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void RenameReplacesAndDeleteRemoves(string kind)
    {
        using IndexDirectory directory = Create(kind);
        Write(directory, "x", 1);
        Write(directory, "y", 2);

        directory.Rename("x", "y");
        directory.DeleteFile("missing");

        Assert.Equal(["y"], directory.ListAll());
        using IndexInput input = directory.OpenInput("y");
        Assert.Equal(1, input.ReadByte());
        directory.DeleteFile("y");
        Assert.Empty(directory.ListAll());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CreatingAnExistingFileFails(string kind)
    {
        using IndexDirectory directory = Create(kind);
        Write(directory, "x", 1);

        Assert.ThrowsAny<IOException>(() => directory.CreateOutput("x"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ASecondLockHolderIsRefusedUntilTheFirstReleases(string kind)
    {
        using IndexDirectory directory = Create(kind);
        IndexLock first = directory.ObtainLock("write.lock");

        var error = Assert.Throws<LockObtainFailedException>(() => directory.ObtainLock("write.lock"));
        Assert.Contains("another writer", error.Message);

        first.Dispose();
        directory.ObtainLock("write.lock").Dispose();
    }

    [Fact]
    public void TheLockErrorNamesTheHoldingProcess()
    {
        using var directory = new FileSystemDirectory(temp.Path);
        using IDisposable held = directory.ObtainLock("write.lock");

        var error = Assert.Throws<LockObtainFailedException>(() => new FileSystemDirectory(temp.Path).ObtainLock("write.lock"));

        Assert.Contains($"pid {Environment.ProcessId}", error.Message);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void SyncAndDirectorySyncSucceed(string kind)
    {
        using IndexDirectory directory = Create(kind);
        Write(directory, "x", 1);

        directory.Sync(["x"]);
        directory.SyncMetaData();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EmptyFilesOpen(string kind)
    {
        using IndexDirectory directory = Create(kind);
        directory.CreateOutput("empty").Dispose();

        using IndexInput input = directory.OpenInput("empty");
        Assert.Equal(0, input.Length);
        Assert.Throws<CorruptIndexException>(() => input.ReadByte());
    }

    public void Dispose() => temp.Dispose();

    private static void Write(IndexDirectory directory, string name, byte value)
    {
        using IndexOutput output = directory.CreateOutput(name);
        output.WriteByte(value);
    }

    private IndexDirectory Create(string kind) => kind == "fs" ? new FileSystemDirectory(temp.Path) : new RamDirectory();
}
