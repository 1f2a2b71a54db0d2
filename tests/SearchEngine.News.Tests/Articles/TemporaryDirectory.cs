using System.Text;

namespace SearchEngine.News.Tests.Articles;

/// <summary>A fresh directory under the system temp folder for one test, deleted with everything in it on Dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "searchengine-articles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes text as UTF-8 without a byte-order mark to a path relative to the directory, creating folders.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes bytes to a path relative to the directory, creating folders, and returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
