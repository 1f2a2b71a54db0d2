using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Codecs.Postings;

/// <summary>An index directory for a test, in memory or in a fresh temporary folder deleted on dispose.</summary>
internal sealed class PostingsDirectory : IDisposable
{
    private readonly string? path;

    /// <summary>Creates a <see cref="RamDirectory"/> for "ram" and a <see cref="FileSystemDirectory"/> in a temporary folder for "fs".</summary>
    public PostingsDirectory(string kind)
    {
        if (kind == "fs")
        {
            path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "searchengine-postings-" + Guid.NewGuid().ToString("N"));
            Directory = new FileSystemDirectory(path);
        }
        else
        {
            Directory = new RamDirectory();
        }
    }

    public IndexDirectory Directory { get; }

    /// <summary>Gets the folder of a file system directory, or null in memory.</summary>
    public string? FolderPath => path;

    public static TheoryData<string> Kinds => new("ram", "fs");

    public void Dispose()
    {
        Directory.Dispose();
        if (path is not null)
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
