using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Cli.Commands;

/// <summary>Checks shared by commands that need an existing index.</summary>
internal static class IndexCheck
{
    /// <summary>Throws <see cref="IndexNotFoundException"/> naming the folder when it holds no index.</summary>
    public static void RequireIndex(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new IndexNotFoundException($"No index at '{Path.GetFullPath(path)}': the folder does not exist (build one with 'searchctl rebuild --source PATH').");
        }

        using var directory = new FileSystemDirectory(path);
        if (!DirectoryReader.IndexExists(directory))
        {
            throw new IndexNotFoundException($"No index at '{directory.Path}': no commit point (build one with 'searchctl rebuild --source PATH').");
        }
    }
}
