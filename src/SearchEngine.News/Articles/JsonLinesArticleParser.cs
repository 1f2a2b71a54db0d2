using System.Globalization;
using System.Text.Json;

namespace SearchEngine.News.Articles;

/// <summary>
/// Reads a JSON Lines file of articles, one object a line, with a small <see cref="Utf8JsonReader"/> loop over
/// the raw line bytes: no reflection, no document tree, and only the known fields turned into strings.
/// </summary>
internal static class JsonLinesArticleParser
{
    // Same as 'JsonReaderOptions' defaults; spelled out because a comment or trailing comma makes a line bad.
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Reads every non-blank line of a file as an article or an error, lazily.</summary>
    public static IEnumerable<ArticleReadResult> Read(string path, ArticleReaderOptions options)
    {
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        foreach (ArticleReadResult record in Read(stream, path, options))
        {
            yield return record;
        }
    }

    /// <summary>Reads every non-blank line of <paramref name="input"/> (named <paramref name="name"/> in errors) as an article or an error, lazily; the stream stays open.</summary>
    public static IEnumerable<ArticleReadResult> Read(Stream input, string name, ArticleReaderOptions options)
    {
        Stream stream = options.OnBytesRead is Action<long> onRead ? new ReadCountingStream(input, onRead) : input;
        var lines = new Utf8LineReader(stream, options.MaxRecordBytes);
        while (lines.TryReadLine(out Utf8Line line))
        {
            if (line.Oversize)
            {
                yield return new ArticleReadResult(new ArticleError(name, line.Number, ArticleMessages.Oversize(line.Length, options.MaxRecordBytes)));
            }
            else if (line.Bytes.Span.ContainsAnyExcept(" \t\r"u8))
            {
                yield return ParseLine(line.Bytes.Span, name, line.Number);
            }
        }
    }

    /// <summary>Parses one line holding one JSON object into an article, or the first thing wrong with it.</summary>
    public static ArticleReadResult ParseLine(ReadOnlySpan<byte> json, string path, int lineNumber)
    {
        string? error = ArticleMessages.InvalidUtf8(json, out _);
        if (error is null)
        {
            try
            {
                return ParseObject(json, path, lineNumber);
            }
            catch (JsonException exception)
            {
                error = ArticleMessages.BadJson(Describe(exception));
            }
            catch (InvalidOperationException exception)
            {
                // GetString refuses escapes that make no valid UTF-16, such as a lone "\ud800".
                error = ArticleMessages.BadJson(exception.Message);
            }
        }

        return new ArticleReadResult(new ArticleError(path, lineNumber, error));
    }

    private static ArticleReadResult ParseObject(ReadOnlySpan<byte> json, string path, int lineNumber)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Fail(ArticleMessages.BadJson($"expected an object, found {Kind(reader.TokenType)}"));
        }

        string? id = null, language = null, date = null, title = null, body = null;
        List<string>? persons = null, organizations = null;

        // A repeated key is read again and the last value wins, as in most JSON parsers.
        string? error = null;
        while (error is null && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            error = reader.ValueTextEquals("id"u8) ? ReadString(ref reader, "id", out id)
                : reader.ValueTextEquals("lang"u8) ? ReadString(ref reader, "lang", out language)
                : reader.ValueTextEquals("date"u8) ? ReadString(ref reader, "date", out date)
                : reader.ValueTextEquals("title"u8) ? ReadString(ref reader, "title", out title)
                : reader.ValueTextEquals("body"u8) ? ReadString(ref reader, "body", out body)
                : reader.ValueTextEquals("persons"u8) ? ReadStrings(ref reader, "persons", out persons)
                : reader.ValueTextEquals("organizations"u8) ? ReadStrings(ref reader, "organizations", out organizations)
                : SkipValue(ref reader);
        }

        if (error is not null)
        {
            return Fail(error);
        }

        // Anything but whitespace after the closing brace makes Read throw: one object a line, no more.
        reader.Read();

        ArticleDate? parsedDate = null;
        if (date is not null)
        {
            if (!ArticleDate.TryParse(date, out ArticleDate value, out string? reason))
            {
                return Fail(ArticleMessages.BadDate(date, reason));
            }

            parsedDate = value;
        }

        if (id is null || string.IsNullOrWhiteSpace(id))
        {
            return Fail(id is null ? ArticleMessages.MissingId : ArticleMessages.EmptyId);
        }

        if (body is null || string.IsNullOrWhiteSpace(body))
        {
            return Fail(body is null ? ArticleMessages.MissingBody : ArticleMessages.EmptyBody);
        }

        if (language is not null && !Article.IsSupportedLanguage(language))
        {
            return Fail(ArticleMessages.UnknownLanguage(language));
        }

        title ??= string.Empty;
        language ??= Article.DetectLanguage(title, body);
        return new ArticleReadResult(new Article(id, language, parsedDate, title, body, persons, organizations), path, lineNumber);

        ArticleReadResult Fail(string message) => new(new ArticleError(path, lineNumber, message));
    }

    // Reads a property's value as a string; null (or no property at all) leaves it null.
    private static string? ReadString(ref Utf8JsonReader reader, string name, out string? value)
    {
        reader.Read();
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null
            ? null
            : $"'{name}' must be a string or null, found {Kind(reader.TokenType)}";
    }

    // Reads a list of names; null entries are dropped like empty ones, anything else but strings is an error.
    private static string? ReadStrings(ref Utf8JsonReader reader, string name, out List<string>? values)
    {
        values = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return $"'{name}' must be an array of strings or null, found {Kind(reader.TokenType)}";
        }

        values = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                values.Add(reader.GetString()!);
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                return $"'{name}' must be an array of strings or null, found {Kind(reader.TokenType)} in it";
            }
        }

        return null;
    }

    private static string? SkipValue(ref Utf8JsonReader reader)
    {
        // The whole line is in the span, so Skip never runs out of data.
        reader.Skip();
        return null;
    }

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    // The reader's message ends "LineNumber: 0 | BytePositionInLine: 7."; within one line only the byte counts.
    private static string Describe(JsonException exception)
    {
        string message = exception.Message;
        int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (suffix < 0 || exception.BytePositionInLine is not long position)
        {
            return message;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{message[..suffix].TrimEnd('.')} (at byte {position + 1})");
    }
}
