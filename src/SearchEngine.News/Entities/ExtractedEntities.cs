namespace SearchEngine.News.Entities;

/// <summary>The persons and organizations found in one article, each once, in order of first mention.</summary>
/// <param name="Persons">The persons.</param>
/// <param name="Organizations">The organizations.</param>
public sealed record ExtractedEntities(IReadOnlyList<EntityValue> Persons, IReadOnlyList<EntityValue> Organizations)
{
    /// <summary>
    /// Gets the given names the article uses alone (<c>Søren</c>) that join no full name in it: recognised as
    /// persons, but no person value, because a given name alone names nobody a reader could filter by across
    /// articles. The evaluation counts them as person mentions; the index does not store them.
    /// </summary>
    public IReadOnlyList<string> GivenNamesAlone { get; init; } = [];
}
