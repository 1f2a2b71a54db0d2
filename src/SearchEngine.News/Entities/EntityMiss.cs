namespace SearchEngine.News.Entities;

/// <summary>One disagreement with the gold list: a value found but not listed, or listed but not found.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Type">Person or organization.</param>
/// <param name="Value">The value as found or as listed.</param>
/// <param name="Missing">True for a gold value not found (false negative), false for a value found but not listed (false positive).</param>
public sealed record EntityMiss(string ArticleId, EntityType Type, string Value, bool Missing);
