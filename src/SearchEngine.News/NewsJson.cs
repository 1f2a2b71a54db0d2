using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SearchEngine.News;

/// <summary>
/// The one JSON style of everything the product writes for people and programs (the HTTP API, <c>searchctl</c>'s
/// <c>--json</c>): camelCase names, and Danish and Dutch letters written as they are (æ, ø, å, ë) rather than as
/// <c>\u</c> escapes, while characters significant in HTML stay escaped, so a value is safe to embed in a page.
/// </summary>
public static class NewsJson
{
    /// <summary>Gets the encoder of that style: every letter as written, HTML-significant characters escaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Gets serializer options in that style. Dictionary keys are written as given (no naming policy applies to
    /// them), so code that writes a dictionary spells its keys in camelCase itself. Read-only: shared by every caller.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets writer options in that style, for code that writes with a <see cref="Utf8JsonWriter"/>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = Encoder };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
