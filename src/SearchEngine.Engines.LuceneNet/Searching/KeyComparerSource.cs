using Lucene.Net.Search;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>Makes a <see cref="KeyComparer"/> for a sort field over a unique keyword field.</summary>
internal sealed class KeyComparerSource : FieldComparerSource
{
    /// <summary>Gets the one instance.</summary>
    public static KeyComparerSource Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new KeyComparer(fieldname, numHits);
}
