using System.Text.Json;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Loads the real news articles of ../shared/corpus/*.jsonl (or $SEARCHENGINE_SHARED/corpus) and groups their
/// texts by language: each non-empty title and body is one text, as the indexer analyzes them as separate fields.
/// </summary>
internal static class SharedCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> TextsByLanguage = new(Load);

    /// <summary>Gets the shared folder, or null where neither $SEARCHENGINE_SHARED nor ../shared beside the repository exists.</summary>
    public static string? SharedDirectory { get; } = FindShared();

    /// <summary>Gets the corpus folder the texts are read from.</summary>
    public static string CorpusDirectory => Path.Combine(
        SharedDirectory ?? throw new InvalidOperationException(MissingMessage), "corpus");

    /// <summary>Gets a one-line explanation of where the corpus was looked for, for when it is absent.</summary>
    public static string MissingMessage =>
        "No shared corpus: set SEARCHENGINE_SHARED or put the shared folder (with corpus/*.jsonl) at ../shared beside the folder holding SearchEngine.sln.";

    /// <summary>Gets a value indicating whether the corpus folder exists and holds at least one .jsonl file.</summary>
    public static bool IsAvailable =>
        SharedDirectory is not null
        && Directory.Exists(CorpusDirectory)
        && Directory.EnumerateFiles(CorpusDirectory, "*.jsonl").Any();

    /// <summary>Returns the texts (titles and bodies) of the articles in <paramref name="language"/>, in file and line order.</summary>
    public static string[] Texts(string language) =>
        TextsByLanguage.Value.TryGetValue(language, out string[]? texts) && texts.Length > 0
            ? texts
            : throw new InvalidOperationException($"The corpus in {CorpusDirectory} has no articles with lang \"{language}\".");

    private static Dictionary<string, string[]> Load()
    {
        var byLanguage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(CorpusDirectory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using JsonDocument article = JsonDocument.Parse(line);
                JsonElement root = article.RootElement;
                string? language = StringProperty(root, "lang");
                if (language is null)
                {
                    continue;
                }

                if (!byLanguage.TryGetValue(language, out List<string>? texts))
                {
                    texts = [];
                    byLanguage.Add(language, texts);
                }

                foreach (string field in (ReadOnlySpan<string>)["title", "body"])
                {
                    string? text = StringProperty(root, field);
                    if (!string.IsNullOrEmpty(text))
                    {
                        texts.Add(text);
                    }
                }
            }
        }

        return byLanguage.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    private static string? StringProperty(JsonElement article, string name) =>
        article.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? FindShared()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("SEARCHENGINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        // BenchmarkDotNet runs each benchmark from a generated project below bin/, so search up from the binary
        // as well as from the working directory.
        foreach (string start in (ReadOnlySpan<string>)[AppContext.BaseDirectory, Environment.CurrentDirectory])
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln")))
                {
                    string beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                    return Directory.Exists(beside) ? beside : null;
                }
            }
        }

        return null;
    }
}
