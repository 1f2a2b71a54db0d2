using System.Collections.Frozen;
using System.Reflection;

namespace SearchEngine.Analysis;

/// <summary>The Snowball stop word lists that Lucene's Danish and Dutch analyzers use by default.</summary>
public static class StopWords
{
    private static readonly Lazy<FrozenSet<string>> DanishSet = new(() => Load("danish_stop.txt"));
    private static readonly Lazy<FrozenSet<string>> DutchSet = new(() => Load("dutch_stop.txt"));

    /// <summary>Gets the Snowball Danish stop words (94 words).</summary>
    public static FrozenSet<string> Danish => DanishSet.Value;

    /// <summary>Gets the Snowball Dutch stop words (101 words).</summary>
    public static FrozenSet<string> Dutch => DutchSet.Value;

    /// <summary>
    /// Parses a list in the Snowball format: '|' starts a comment, and each line may hold several
    /// whitespace-separated words.
    /// </summary>
    public static FrozenSet<string> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            int bar = line.IndexOf('|', StringComparison.Ordinal);
            string content = bar >= 0 ? line[..bar] : line;
            foreach (string word in content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Load(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SearchEngine.Analysis.Resources." + name)
            ?? throw new InvalidOperationException($"Embedded stop word list '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
