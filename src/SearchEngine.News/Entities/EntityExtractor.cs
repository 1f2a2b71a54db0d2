namespace SearchEngine.News.Entities;

/// <summary>
/// Finds the persons and organizations named in a Danish or Dutch article, for articles whose source lists
/// none, with canonical values suitable for facets.
/// </summary>
/// <remarks>
/// Rule-based over embedded gazetteers (see <see cref="MentionFinder"/> for the rules and
/// <see cref="EntityResolver"/> for the canonical values); nothing is downloaded or learned at run time. The
/// title is read as a sentence of its own before the body. Thread-safe.
/// </remarks>
public sealed class EntityExtractor
{
    private readonly EntityGazetteer gazetteer;

    private EntityExtractor(EntityGazetteer gazetteer) => this.gazetteer = gazetteer;

    /// <summary>Gets the extractor over the embedded gazetteers, loading them on first use.</summary>
    public static EntityExtractor Default { get; } = new(EntityGazetteer.Default);

    /// <summary>Returns the persons and organizations named in <paramref name="title"/> and <paramref name="body"/>.</summary>
    /// <param name="title">The title; may be empty.</param>
    /// <param name="body">The body text.</param>
    /// <param name="language">"da" or "nl".</param>
    /// <exception cref="ArgumentException">The language is not "da" or "nl".</exception>
    public ExtractedEntities Extract(string title, string body, string language)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        if (language is not ("da" or "nl"))
        {
            throw new ArgumentException($"Entity extraction supports \"da\" and \"nl\", not \"{language}\".", nameof(language));
        }

        string text = title.Length == 0 ? body : title + "\n" + body;
        List<Mention> mentions = MentionFinder.Find(text, language, gazetteer);
        return new ExtractedEntities(
            EntityResolver.Resolve(mentions, EntityType.Person, gazetteer),
            EntityResolver.Resolve(mentions, EntityType.Organization, gazetteer));
    }
}
