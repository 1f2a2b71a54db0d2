using System.Globalization;
using System.Text;
using System.Text.Json;
using SearchEngine.News.Engines;

namespace SearchEngine.News.Replication;

/// <summary>
/// The JSON form of <see cref="NewsCommitManifest"/> (grammar in docs/FORMAT.md) and the checks every manifest
/// passes before a replica acts on it: a manifest names files a replica writes, so a name is never a path.
/// </summary>
internal static class CommitManifestJson
{
    private const string Malformed = "Malformed commit manifest: ";

    /// <summary>Writes <paramref name="manifest"/> as one line of JSON.</summary>
    public static string Write(NewsCommitManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ThrowIfInvalid(manifest);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, NewsJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("formatVersion", NewsCommitManifest.FormatVersion);
            writer.WriteString("engine", manifest.Engine);
            writer.WriteNumber("generation", manifest.Generation);
            writer.WriteString("commitFile", manifest.CommitFile);
            writer.WriteStartArray("files");
            foreach (NewsCommitFile file in manifest.Files)
            {
                writer.WriteStartObject();
                writer.WriteString("name", file.Name);
                writer.WriteNumber("length", file.Length);
                writer.WriteString("sha256", file.Sha256);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads and checks a manifest; see <see cref="NewsCommitManifest.Parse"/>.</summary>
    public static NewsCommitManifest Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(Malformed + "not JSON (" + e.Message + ").", e);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException(Malformed + $"the top level is {Describe(root)}, not an object.");
            }

            long version = Integer(root, "formatVersion", "formatVersion");
            if (version != NewsCommitManifest.FormatVersion)
            {
                throw new InvalidDataException(Malformed + string.Create(CultureInfo.InvariantCulture, $"formatVersion {version} is not supported; this reader knows version {NewsCommitManifest.FormatVersion}."));
            }

            string engine = Text(root, "engine", "engine");
            long generation = Integer(root, "generation", "generation");
            string commitFile = Text(root, "commitFile", "commitFile");
            JsonElement files = Property(root, "files", "files");
            if (files.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException(Malformed + $"files is {Describe(files)}, not an array.");
            }

            var list = new List<NewsCommitFile>(files.GetArrayLength());
            int index = 0;
            foreach (JsonElement file in files.EnumerateArray())
            {
                string at = string.Create(CultureInfo.InvariantCulture, $"files[{index}]");
                if (file.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException(Malformed + $"{at} is {Describe(file)}, not an object.");
                }

                list.Add(new NewsCommitFile(Text(file, "name", at + ".name"), Integer(file, "length", at + ".length"), Text(file, "sha256", at + ".sha256")));
                index++;
            }

            var manifest = new NewsCommitManifest(engine, generation, commitFile, list);
            ThrowIfInvalid(manifest);
            return manifest;
        }
    }

    /// <summary>Throws <see cref="InvalidDataException"/> naming the first field of <paramref name="manifest"/> that is wrong.</summary>
    public static void ThrowIfInvalid(NewsCommitManifest manifest)
    {
        if (Problem(manifest) is string problem)
        {
            throw new InvalidDataException(Malformed + problem);
        }
    }

    /// <summary>Returns what is wrong with <paramref name="manifest"/>, naming the field, or null when nothing is.</summary>
    public static string? Problem(NewsCommitManifest manifest)
    {
        if (!NewsEngines.IsKnown(manifest.Engine))
        {
            return $"engine '{manifest.Engine}' is not one of: {string.Join(", ", NewsEngines.Names)}.";
        }

        if (manifest.Generation < 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"generation {manifest.Generation} is not a commit's (commits start at 1).");
        }

        if (manifest.Files is null || manifest.Files.Count == 0)
        {
            return "files is empty; a commit has at least its commit point.";
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < manifest.Files.Count; i++)
        {
            NewsCommitFile file = manifest.Files[i];
            string at = string.Create(CultureInfo.InvariantCulture, $"files[{i}]");
            if (file is null)
            {
                return $"{at} is null.";
            }

            if (NameProblem(file.Name) is string nameProblem)
            {
                return $"{at}.name {nameProblem}";
            }

            if (!names.Add(file.Name))
            {
                return $"{at}.name '{file.Name}' is listed twice.";
            }

            if (file.Length < 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{at}.length {file.Length} of '{file.Name}' is negative.");
            }

            if (!IsSha256(file.Sha256))
            {
                return $"{at}.sha256 '{file.Sha256}' of '{file.Name}' is not 64 lower-case hexadecimal digits.";
            }
        }

        return names.Contains(manifest.CommitFile ?? string.Empty)
            ? null
            : $"commitFile '{manifest.CommitFile}' is not one of the files.";
    }

    /// <summary>Tells whether <paramref name="value"/> is a SHA-256 as a manifest writes it.</summary>
    public static bool IsSha256(string? value)
    {
        if (value is null || value.Length != 64)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string? NameProblem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "is empty.";
        }

        if (name is "." or ".." || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            return $"'{name}' is not a plain file name (a manifest names files inside the index folder).";
        }

        foreach (char c in name)
        {
            if (char.IsControl(c))
            {
                return $"'{name}' holds a control character.";
            }
        }

        return name == NewsEngines.MarkerFile || name.StartsWith(NewsReplica.TemporaryPrefix, StringComparison.Ordinal)
            ? $"'{name}' is a name a replica keeps for itself, not an index file."
            : null;
    }

    private static JsonElement Property(JsonElement owner, string name, string path) =>
        owner.TryGetProperty(name, out JsonElement value) ? value : throw new InvalidDataException(Malformed + $"{path} is missing.");

    private static string Text(JsonElement owner, string name, string path)
    {
        JsonElement value = Property(owner, name, path);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException(Malformed + $"{path} is {Describe(value)}, not a string.");
    }

    private static long Integer(JsonElement owner, string name, string path)
    {
        JsonElement value = Property(owner, name, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number)
            ? number
            : throw new InvalidDataException(Malformed + $"{path} is {Describe(value)}, not a whole number.");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "the number " + value.GetRawText(),
    };
}
