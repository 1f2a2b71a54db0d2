using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests;

/// <summary>
/// An index directory for a codec test: in memory (<c>"ram"</c>) or real files in a temp folder (<c>"fs"</c>),
/// memory-mapped as in production; the folder is deleted on dispose.
/// </summary>
internal sealed class TestDirectory : IDisposable
{
    private readonly TempDirectory? temp;

    public TestDirectory(string kind)
    {
        if (kind == "fs")
        {
            temp = new TempDirectory();
            Directory = new FileSystemDirectory(temp.Path);
        }
        else
        {
            Directory = new RamDirectory();
        }
    }

    /// <summary>Gets the directory.</summary>
    public IndexDirectory Directory { get; }

    public void Dispose()
    {
        Directory.Dispose();
        temp?.Dispose();
    }
}
