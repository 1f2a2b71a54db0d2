namespace SearchEngine.News.Entities;

/// <summary>One occurrence of a name in the text, as the rules classified it.</summary>
/// <param name="Type">Person or organization.</param>
/// <param name="Start">The offset of the name in the text.</param>
/// <param name="Text">The name as written (genitive included).</param>
/// <param name="TokenCount">The number of words.</param>
/// <param name="Listed">The gazetteer entry it spells, or null.</param>
internal sealed record Mention(EntityType Type, int Start, string Text, int TokenCount, GazetteerEntry? Listed);
