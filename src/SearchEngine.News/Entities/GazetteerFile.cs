using System.Reflection;

namespace SearchEngine.News.Entities;

/// <summary>
/// Reads one embedded gazetteer list: UTF-8, one entry a line, <c>#</c> starting a comment line, the spellings of
/// one entry separated by <c>|</c> with the canonical form first.
/// </summary>
internal static class GazetteerFile
{
    private const string Prefix = "SearchEngine.News.Entities.Resources.";

    /// <summary>Returns the entries of the resource <paramref name="name"/>, each as its spellings, canonical first.</summary>
    /// <exception cref="InvalidOperationException">The resource is not embedded (a build error).</exception>
    public static List<string[]> ReadEntries(string name)
    {
        using Stream stream = typeof(GazetteerFile).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The entity gazetteer '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var entries = new List<string[]>();
        string? section = null;
        while (reader.ReadLine() is string line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '[' && trimmed[^1] == ']')
            {
                section = trimmed[1..^1];
                entries.Add(["[" + section + "]"]);
                continue;
            }

            string[] spellings = trimmed.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (spellings.Length > 0)
            {
                entries.Add(spellings);
            }
        }

        return entries;
    }

    /// <summary>Returns every spelling of every entry of <paramref name="name"/> as one set, compared ignoring case.</summary>
    public static HashSet<string> ReadWords(string name)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] entry in ReadEntries(name))
        {
            if (entry[0][0] != '[')
            {
                words.UnionWith(entry);
            }
        }

        return words;
    }
}
