using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

using SearchEngine.Analysis.LanguageDetection;

namespace SearchEngine.News.Articles;

/// <summary>
/// The wording of <see cref="ArticleError.Message"/>, shared by the plain-text and JSON Lines parsers so that one
/// kind of fault reads the same in both, and checks that yield those messages.
/// </summary>
internal static class ArticleMessages
{
    public const string MissingId = "missing id";
    public const string EmptyId = "empty id";
    public const string MissingBody = "missing body";
    public const string EmptyBody = "empty body";

    public static string BadJson(string detail) => "bad JSON: " + detail;

    public static string BadDate(string text, string reason) => $"bad date '{text}': {reason}";

    public static string UnknownLanguage(string language) =>
        $"unknown language '{language}' (expected {LanguageDetector.Danish} or {LanguageDetector.Dutch})";

    public static string Oversize(long bytes, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"record of {bytes} bytes exceeds the limit of {limit} bytes");

    /// <summary>Returns "invalid UTF-8 at byte N" (1-based within its line) when the bytes are not UTF-8, else null.</summary>
    public static string? InvalidUtf8(ReadOnlySpan<byte> bytes, out int offset)
    {
        offset = -1;
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        // Only reached for a bad record, so decoding rune by rune to find the spot costs nothing that matters.
        offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        int lineStart = bytes[..offset].LastIndexOf((byte)'\n') + 1;
        return string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {offset - lineStart + 1}");
    }
}
