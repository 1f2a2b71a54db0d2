using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Search;

/// <summary>
/// The opaque text of <see cref="NewsSearchRequest.After"/>: the order it was made in and the sort values of the last
/// hit shown (date, score, article id), base64url of a small versioned encoding with a check. It names no document
/// number or commit, so it continues a walk on any later snapshot of the index, whatever merges renumbered.
/// </summary>
/// <remarks>
/// Layout: version (1 byte), sort (1), flags (1: bit 0 when a date follows), the date's sort key (8, little-endian,
/// when flagged), the score (4, IEEE 754 little-endian), the id (UTF-8, the rest), then the first 8 bytes of the
/// SHA-256 of everything before them. The check finds a cursor cut short or edited; it is no secret, and a forged
/// cursor is only another position.
/// </remarks>
/// <param name="Sort">The order the cursor continues.</param>
/// <param name="Position">The last hit shown.</param>
internal readonly record struct SearchCursor(NewsSort Sort, HitPosition Position)
{
    /// <summary>The longest cursor text accepted, in characters.</summary>
    public const int MaxLength = 2048;

    private const byte Version = 2;
    private const byte HasValue = 1;
    private const int CheckBytes = 8;
    private const int FixedBytes = 3 + 4;

    /// <summary>Returns the cursor's text.</summary>
    public string Encode()
    {
        int keyBytes = Encoding.UTF8.GetByteCount(Position.Key);
        int length = FixedBytes + (Position.Value.HasValue ? 8 : 0) + keyBytes + CheckBytes;
        byte[] bytes = new byte[length];
        bytes[0] = Version;
        bytes[1] = (byte)Sort;
        bytes[2] = Position.Value.HasValue ? HasValue : (byte)0;
        int at = 3;
        if (Position.Value is long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at), value);
            at += 8;
        }

        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(at), Position.Score);
        at += 4;
        at += Encoding.UTF8.GetBytes(Position.Key, bytes.AsSpan(at));
        Check(bytes.AsSpan(0, at), bytes.AsSpan(at));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Decodes <paramref name="text"/>; false with the reason, worded for the client, when it is not a cursor this facade wrote.</summary>
    public static bool TryDecode(string text, out SearchCursor cursor, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        cursor = default;
        problem = "after is not a cursor of this search (take it from the next of the previous page, unchanged).";
        if (text.Length == 0 || text.Length > MaxLength || !IsBase64Url(text))
        {
            return false;
        }

        string padded = text.Replace('-', '+').Replace('_', '/');
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
        }
        catch (FormatException)
        {
            return false;
        }

        if (bytes.Length < FixedBytes + CheckBytes || bytes[0] != Version || bytes[1] > (byte)NewsSort.DateOldestFirst || (bytes[2] & ~HasValue) != 0)
        {
            return false;
        }

        bool hasValue = bytes[2] == HasValue;
        int body = bytes.Length - CheckBytes;
        if (body < FixedBytes + (hasValue ? 8 : 0))
        {
            return false;
        }

        Span<byte> check = stackalloc byte[CheckBytes];
        Check(bytes.AsSpan(0, body), check);
        if (!check.SequenceEqual(bytes.AsSpan(body)))
        {
            return false;
        }

        int at = 3;
        long? value = null;
        if (hasValue)
        {
            value = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at));
            at += 8;
        }

        float score = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(at));
        at += 4;
        string key;
        try
        {
            key = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, at, body - at);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (float.IsNaN(score) || key.Length == 0)
        {
            return false;
        }

        // Only the canonical text: base64 decoders ignore the spare bits of the last character.
        var decoded = new SearchCursor((NewsSort)bytes[1], new HitPosition(value, score, key));
        if (decoded.Encode() != text)
        {
            return false;
        }

        cursor = decoded;
        problem = null;
        return true;
    }

    private static void Check(ReadOnlySpan<byte> body, Span<byte> destination)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        hash[..CheckBytes].CopyTo(destination);
    }

    private static bool IsBase64Url(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
