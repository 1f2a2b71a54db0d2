using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;

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

        if (!NewsIndex.Exists(path))
        {
            throw new IndexNotFoundException($"No index at '{Path.GetFullPath(path)}': no commit point (build one with 'searchctl rebuild --source PATH').");
        }
    }
}
