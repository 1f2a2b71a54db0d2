using System.Buffers.Binary;
using SearchEngine.News.Engines;

namespace SearchEngine.News.Search;

/// <summary>
/// An opaque position in a relevance-ordered result list of one index snapshot: the last hit of a page (its
/// score and doc id) and the snapshot's commit generation, so the next page continues exactly after it.
/// </summary>
internal static class SearchCursor
{
    private const byte Version = 1;

    /// <summary>Encodes the position after <paramref name="last"/> in the snapshot of <paramref name="generation"/>.</summary>
    public static string Encode(long generation, EngineScoreDoc last)
    {
        Span<byte> bytes = stackalloc byte[17];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(bytes[1..], generation);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[9..], last.Doc);
        BinaryPrimitives.WriteSingleLittleEndian(bytes[13..], last.Score);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Decodes a cursor; throws <see cref="ArgumentException"/> for one that is malformed or from another snapshot.</summary>
    public static EngineScoreDoc Decode(string cursor, long generation)
    {
        byte[] bytes;
        try
        {
            string padded = cursor.Replace('-', '+').Replace('_', '/');
            bytes = Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
        }
        catch (FormatException ex)
        {
            throw new ArgumentException($"The cursor '{cursor}' is not one this engine wrote.", nameof(cursor), ex);
        }

        if (bytes.Length != 17 || bytes[0] != Version)
        {
            throw new ArgumentException($"The cursor '{cursor}' is not one this engine wrote.", nameof(cursor));
        }

        long cursorGeneration = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(1));
        if (cursorGeneration != generation)
        {
            throw new ArgumentException($"The cursor belongs to index generation {cursorGeneration}, which has been replaced by {generation}; start again from the first page.", nameof(cursor));
        }

        return new EngineScoreDoc(BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(9)), BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(13)));
    }
}
