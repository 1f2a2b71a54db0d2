using System.Globalization;

namespace SearchEngine.Core.Index;

/// <summary>
/// The names of index files. A segment's files share its name (<c>_0</c>, <c>_1</c>, ... base 36) and differ in
/// extension; live documents add the deletion generation (<c>_3_2.liv</c>); commit points are
/// <c>segments_N</c> with N in base 36.
/// </summary>
internal static class IndexFileNames
{
    /// <summary>The prefix of commit point files.</summary>
    public const string CommitPrefix = "segments_";

    /// <summary>The prefix of a commit point being written, renamed to <see cref="CommitPrefix"/> when complete.</summary>
    public const string PendingCommitPrefix = "pending_segments_";

    /// <summary>The write lock file.</summary>
    public const string WriteLock = "write.lock";

    /// <summary>Returns the name of segment number <paramref name="counter"/>: an underscore and the number in base 36.</summary>
    public static string SegmentName(long counter) => "_" + ToBase36(counter);

    /// <summary>Returns the file name of <paramref name="segment"/> with <paramref name="extension"/> (no dot).</summary>
    public static string SegmentFile(string segment, string extension) => $"{segment}.{extension}";

    /// <summary>Returns the name of the live documents file of <paramref name="segment"/> at deletion generation <paramref name="generation"/>.</summary>
    public static string LiveDocsFile(string segment, long generation) => $"{segment}_{ToBase36(generation)}.liv";

    /// <summary>Returns the commit point file name of generation <paramref name="generation"/>.</summary>
    public static string CommitFile(long generation) => CommitPrefix + ToBase36(generation);

    /// <summary>Returns the segment a file belongs to (the part before the first '.' or second '_'), or null for non-segment files.</summary>
    public static string? SegmentOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (!fileName.StartsWith('_'))
        {
            return null;
        }

        int end = fileName.IndexOfAny(['.', '_'], 1);
        return end < 0 ? null : fileName[..end];
    }

    /// <summary>Parses the generation of a commit point file name; returns -1 for other names.</summary>
    public static long ParseCommitGeneration(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (!fileName.StartsWith(CommitPrefix, StringComparison.Ordinal))
        {
            return -1;
        }

        return TryParseBase36(fileName.AsSpan(CommitPrefix.Length), out long generation) ? generation : -1;
    }

    /// <summary>Formats a non-negative number in base 36 (digits and lower-case letters).</summary>
    public static string ToBase36(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0)
        {
            return "0";
        }

        Span<char> digits = stackalloc char[13];
        int at = digits.Length;
        while (value > 0)
        {
            int digit = (int)(value % 36);
            digits[--at] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
            value /= 36;
        }

        return new string(digits[at..]);
    }

    /// <summary>Parses a base 36 number written by <see cref="ToBase36"/>.</summary>
    public static bool TryParseBase36(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 12)
        {
            return false;
        }

        foreach (char c in text)
        {
            int digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            value = (value * 36) + digit;
        }

        return true;
    }

    /// <summary>Formats an integer with the invariant culture, for messages.</summary>
    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
