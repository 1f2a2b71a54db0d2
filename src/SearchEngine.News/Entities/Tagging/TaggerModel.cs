using System.IO.Compression;

namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// The two passes of a trained tagger: the first tags each word from its own context; the second also sees what
/// the first tagged the same word elsewhere in the text (<see cref="TaggingDocument.FirstPass"/>).
/// </summary>
/// <remarks>
/// File format (<c>docs/FORMAT.md</c>, "Entity tagger model"), gzip over little-endian: magic <c>SETG</c>, int32
/// version, int32 tag count, then the first pass's and the second pass's weights, each an int32 row count and per
/// row a uint64 feature key and one float32 per tag.
/// </remarks>
internal sealed class TaggerModel(TaggerWeights first, TaggerWeights second)
{
    private const uint Magic = 0x47544553; // "SETG"
    private const int Version = 2;

    /// <summary>Gets the weights of the first pass.</summary>
    public TaggerWeights First { get; } = first;

    /// <summary>Gets the weights of the second pass.</summary>
    public TaggerWeights Second { get; } = second;

    /// <summary>Writes the model to <paramref name="stream"/> (byte-identical for equal models).</summary>
    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(EntityTags.Count);
        First.Write(writer);
        Second.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a tagger model this build reads, or is cut short or damaged.</exception>
    public static TaggerModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("Not an entity tagger model (bad magic).");
            }

            int version = reader.ReadInt32();
            int tags = reader.ReadInt32();
            if (version != Version || tags != EntityTags.Count)
            {
                throw new InvalidDataException(
                    $"Entity tagger model version {version} with {tags} tags is not readable by this build (version {Version}, {EntityTags.Count} tags).");
            }

            return new TaggerModel(TaggerWeights.Read(reader), TaggerWeights.Read(reader));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The entity tagger model is cut short.", e);
        }
    }
}
