namespace SearchEngine.News.Engines;

/// <summary>What an engine does with one field of an <see cref="IndexDocument"/>; the facade's schema is written in these.</summary>
internal enum IndexFieldKind
{
    /// <summary>One exact term (ids, languages, persons, years): matched by term, prefix and range queries.</summary>
    Keyword,

    /// <summary>Text analysed with the engine's analyzer of the field's language; indexed with positions and length norms, not stored.</summary>
    Text,

    /// <summary>A stored value, returned by <see cref="IEngineSnapshot.LoadStored"/>; not searchable.</summary>
    Stored,

    /// <summary>A countable value (a facet): counted by faceted searches and <see cref="IEngineSnapshot.CountValues"/>, and loadable per document.</summary>
    Facet,

    /// <summary>A per-document value loaded with the hits (<see cref="IEngineSnapshot.LoadValues"/>) without reading stored fields; not counted.</summary>
    Value,

    /// <summary>A 64-bit number for range filters and sorting (<see cref="IndexField.Number"/>).</summary>
    Numeric,
}
