using System.Text;

namespace SearchEngine.News.Articles;

/// <summary>
/// Reads a plain-text article: optional leading whitespace, "date YYYY-MM[-DD]", then the lead paragraph (the
/// title, which may start on the date line) and the body paragraphs, separated by blank lines.
/// </summary>
internal static class PlainTextArticleParser
{
    private const string DateKeyword = "date";

    /// <summary>Reads a whole file as one article, or the error that makes it unreadable.</summary>
    public static ArticleReadResult Read(string path, ArticleReaderOptions options)
    {
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        Span<byte> head = stackalloc byte[3];
        int headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        int byteOrderMark = head[..headLength].StartsWith("\uFEFF"u8) ? 3 : 0;

        // The file is the record, so its size is checked before any of it is held in memory.
        options.OnBytesRead?.Invoke(stream.Length);
        long size = stream.Length - byteOrderMark;
        if (size > options.MaxRecordBytes)
        {
            return Fail(path, 1, ArticleMessages.Oversize(size, options.MaxRecordBytes));
        }

        byte[] bytes = new byte[size];
        stream.Position = byteOrderMark;
        stream.ReadExactly(bytes);
        return Parse(bytes, path);
    }

    /// <summary>Parses the bytes of a plain-text article (without a byte-order mark); the id is the file name's stem.</summary>
    public static ArticleReadResult Parse(ReadOnlySpan<byte> bytes, string path)
    {
        string? invalid = ArticleMessages.InvalidUtf8(bytes, out int offset);
        if (invalid is not null)
        {
            return Fail(path, bytes[..offset].Count((byte)'\n') + 1, invalid);
        }

        string[] lines = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int dateLine = Array.FindIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        if (dateLine < 0)
        {
            return Fail(path, 1, "missing date line: the file is empty");
        }

        // "date" and the date are the first two words; the lead paragraph may follow on the same line.
        string first = lines[dateLine].TrimStart();
        if (!first.StartsWith(DateKeyword, StringComparison.Ordinal) || (first.Length > DateKeyword.Length && !char.IsWhiteSpace(first[DateKeyword.Length])))
        {
            return Fail(path, dateLine + 1, "missing date line: expected 'date YYYY-MM' or 'date YYYY-MM-DD' first");
        }

        string afterKeyword = first[DateKeyword.Length..].TrimStart();
        int dateEnd = 0;
        while (dateEnd < afterKeyword.Length && !char.IsWhiteSpace(afterKeyword[dateEnd]))
        {
            dateEnd++;
        }

        string dateText = afterKeyword[..dateEnd];
        if (dateText.Length == 0)
        {
            return Fail(path, dateLine + 1, "missing date after 'date'");
        }

        if (!ArticleDate.TryParse(dateText, out ArticleDate date, out string? reason))
        {
            return Fail(path, dateLine + 1, ArticleMessages.BadDate(dateText, reason));
        }

        lines[dateLine] = afterKeyword[dateEnd..];
        List<(string Text, int LastLine)> paragraphs = Paragraphs(lines, dateLine);
        if (paragraphs.Count == 0)
        {
            return Fail(path, dateLine + 1, "no lead paragraph after the date");
        }

        if (paragraphs.Count == 1)
        {
            // Point at where the body should begin, but not past the file's last line.
            int lastLine = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
            return Fail(path, Math.Min(paragraphs[0].LastLine + 1, lastLine), ArticleMessages.EmptyBody);
        }

        string id = Path.GetFileNameWithoutExtension(path);
        if (string.IsNullOrWhiteSpace(id))
        {
            return Fail(path, 1, ArticleMessages.MissingId + ": the file name has no stem");
        }

        string title = paragraphs[0].Text;
        string body = string.Join("\n\n", paragraphs.Skip(1).Select(paragraph => paragraph.Text));
        return new ArticleReadResult(new Article(id, Article.DetectLanguage(title, body), date, title, body), path, 1);
    }

    // Groups the lines from `from` on into paragraphs at blank lines, keeping the lines inside each one and the
    // 1-based number of its last line.
    private static List<(string Text, int LastLine)> Paragraphs(string[] lines, int from)
    {
        var paragraphs = new List<(string Text, int LastLine)>();
        var current = new StringBuilder();
        for (int i = from; i <= lines.Length; i++)
        {
            if (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                current.Append(current.Length > 0 ? "\n" : string.Empty).Append(lines[i]);
            }
            else if (current.Length > 0)
            {
                paragraphs.Add((current.ToString().Trim(), i));
                current.Clear();
            }
        }

        return paragraphs;
    }

    private static ArticleReadResult Fail(string path, int line, string message) => new(new ArticleError(path, line, message));
}
