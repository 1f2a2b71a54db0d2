using System.Text.Json;

namespace SearchEngine.News.Entities.Tagging;

/// <summary>One article with its gold person and organization lists (each distinct form as written; null when it has none), for training and scoring the tagger.</summary>
internal sealed record GoldText(string Id, string Language, string Title, string Body, IReadOnlyList<string>? Persons, IReadOnlyList<string>? Organizations)
{
    /// <summary>Gets the text the extractor reads: the title as its own line before the body.</summary>
    public string Text => Title.Length == 0 ? Body : Title + "\n" + Body;

    /// <summary>Reads a corpus file (PRODUCT.md section 3: one JSON article a line); an annotation file (id and lists only) reads too, with empty text.</summary>
    /// <exception cref="InvalidDataException">A line is not a JSON object with an id.</exception>
    public static List<GoldText> Read(string path)
    {
        var texts = new List<GoldText>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                JsonElement root = json.RootElement;
                texts.Add(new GoldText(
                    root.GetProperty("id").GetString()!,
                    String(root, "lang"),
                    String(root, "title"),
                    String(root, "body"),
                    List(root, "persons"),
                    List(root, "organizations")));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path} line {number}: not a gold article ({e.Message}).", e);
            }
        }

        return texts;
    }

    /// <summary>Returns the articles of <paramref name="corpus"/> that <paramref name="annotation"/> annotates, with its lists (matched by id).</summary>
    public static List<GoldText> Annotate(List<GoldText> corpus, List<GoldText> annotation)
    {
        var byId = new Dictionary<string, GoldText>(StringComparer.Ordinal);
        foreach (GoldText gold in annotation)
        {
            byId[gold.Id] = gold;
        }

        var result = new List<GoldText>();
        foreach (GoldText text in corpus)
        {
            if (byId.TryGetValue(text.Id, out GoldText? gold))
            {
                result.Add(text with { Persons = gold.Persons, Organizations = gold.Organizations });
            }
        }

        return result;
    }

    /// <summary>Returns this text as an article for <see cref="EntityEvaluation"/>.</summary>
    public Articles.Article ToArticle() => new(Id, Language, null, Title, Body, Persons, Organizations);

    private static string String(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static List<string>? List(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var values = new List<string>();
        foreach (JsonElement value in list.EnumerateArray())
        {
            values.Add(value.GetString()!);
        }

        return values;
    }
}
