namespace SearchEngine.News.Entities.Tagging;

/// <summary>What the dictionary and the gazetteers say of a word that its context features combine with the text's own evidence.</summary>
[Flags]
internal enum WordFacts : byte
{
    None = 0,

    /// <summary>A capitalised common word of the language (<c>Han</c>, <c>Onderwijs</c>).</summary>
    Common = 1,

    /// <summary>A given name of the gazetteer or a name the dictionary capitalises.</summary>
    Name = 2,
}
