using SearchEngine.News.Entities.Tagging;

namespace SearchEngine.News.Entities;

/// <summary>
/// Finds the persons and organizations named in a Danish or Dutch article, for articles whose source lists
/// none, with canonical values suitable for facets.
/// </summary>
/// <remarks>
/// A trained tagger finds the names (<see cref="EntityTagger"/>, weighing the word, its neighbours, the spelling
/// dictionary and the embedded gazetteers), and <see cref="EntityResolver"/> gives them canonical values; nothing
/// is downloaded or learned at run time. The title is read as a sentence of its own before the body. Thread-safe.
/// </remarks>
public sealed class EntityExtractor
{
    private static readonly Lazy<EntityExtractor> Instance = new(() => new EntityExtractor(EntityGazetteer.Default, EntityTagger.Default));

    private readonly EntityGazetteer gazetteer;
    private readonly EntityTagger tagger;
    private readonly IntrinsicScoreCache intrinsicScores = new();

    internal EntityExtractor(EntityGazetteer gazetteer, EntityTagger tagger)
    {
        this.gazetteer = gazetteer;
        this.tagger = tagger;
    }

    /// <summary>Gets the extractor over the embedded model and gazetteers, loading them on first use.</summary>
    public static EntityExtractor Default => Instance.Value;

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
        var document = new TaggingDocument(text, language, gazetteer, Lexicon.For(language));
        List<Mention> mentions = TaggedMentions.From(document, tagger.Tag(document, intrinsicScores));
        var givenNamesAlone = new List<string>();
        var words = new ArticleWords(title, body);
        List<EntityValue> persons = EntityResolver.Resolve(mentions, EntityType.Person, gazetteer, words, givenNamesAlone);
        return new ExtractedEntities(persons, EntityResolver.Resolve(mentions, EntityType.Organization, gazetteer, words, givenNamesAlone: null))
        {
            GivenNamesAlone = givenNamesAlone,
        };
    }
}
