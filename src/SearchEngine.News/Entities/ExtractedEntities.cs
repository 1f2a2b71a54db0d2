namespace SearchEngine.News.Entities;

/// <summary>The persons and organizations found in one article, each once, in order of first mention.</summary>
/// <param name="Persons">The persons.</param>
/// <param name="Organizations">The organizations.</param>
public sealed record ExtractedEntities(IReadOnlyList<EntityValue> Persons, IReadOnlyList<EntityValue> Organizations);
