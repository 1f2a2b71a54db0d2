using SearchEngine.News.Engines;
using SearchEngine.News.Facets;

namespace SearchEngine.News.Indexing;

/// <summary>Statistics of one commit of a news index.</summary>
/// <param name="Engine">The engine the index is written with.</param>
/// <param name="Generation">The commit generation.</param>
/// <param name="Docs">The number of live articles.</param>
/// <param name="Deleted">The number of deleted articles still held by segments (reclaimed by merges).</param>
/// <param name="Segments">The number of segments.</param>
/// <param name="Bytes">The total size of the commit's files.</param>
/// <param name="Languages">Live articles per language code.</param>
/// <param name="TopPersons">The most frequent person values with their article counts.</param>
/// <param name="TopOrganizations">The most frequent organization values with their article counts.</param>
public sealed record IndexStats(
    string Engine,
    long Generation,
    long Docs,
    long Deleted,
    int Segments,
    long Bytes,
    IReadOnlyList<LabelAndCount> Languages,
    IReadOnlyList<LabelAndCount> TopPersons,
    IReadOnlyList<LabelAndCount> TopOrganizations)
{
    /// <summary>Computes the statistics of <paramref name="snapshot"/>'s commit.</summary>
    internal static IndexStats Compute(string engine, IEngineSnapshot snapshot, int topValues)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new IndexStats(
            engine,
            snapshot.Generation,
            snapshot.NumDocs,
            snapshot.MaxDoc - snapshot.NumDocs,
            snapshot.SegmentCount,
            snapshot.Bytes,
            snapshot.CountValues(NewsFields.Language).GetAll(),
            snapshot.CountValues(NewsFields.Person).GetTop(topValues),
            snapshot.CountValues(NewsFields.Organization).GetTop(topValues));
    }
}
