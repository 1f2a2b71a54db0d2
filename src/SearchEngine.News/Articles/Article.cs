using SearchEngine.Analysis.LanguageDetection;

namespace SearchEngine.News.Articles;

/// <summary>
/// One news article as read from a source: its id, language, date, title, body, and the persons and
/// organizations the source named, if it named any.
/// </summary>
/// <remarks>
/// Entity lists absent from the source are empty here with <see cref="HasGivenPersons"/> or
/// <see cref="HasGivenOrganizations"/> false, so that a later stage can extract them from the text; a given
/// list, even an empty one, is the source's answer and is kept.
/// </remarks>
public sealed class Article
{
    /// <summary>Initializes an article, validating its id, language and body and cleaning its entity lists.</summary>
    /// <param name="id">The article's unique id; an index upserts by it.</param>
    /// <param name="language">"da" or "nl".</param>
    /// <param name="date">The publication date, or null when unknown.</param>
    /// <param name="title">The title; may be empty.</param>
    /// <param name="body">The body text; must hold more than whitespace.</param>
    /// <param name="persons">The persons the source named, or null when it named none (not even an empty list).</param>
    /// <param name="organizations">The organizations the source named, or null when it named none.</param>
    /// <exception cref="ArgumentException">The id is empty, the language unknown or the body empty.</exception>
    public Article(
        string id,
        string language,
        ArticleDate? date,
        string title,
        string body,
        IEnumerable<string>? persons = null,
        IEnumerable<string>? organizations = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        if (!IsSupportedLanguage(language))
        {
            throw new ArgumentException(ArticleMessages.UnknownLanguage(language), nameof(language));
        }

        Id = id;
        Language = language;
        Date = date;
        Title = title;
        Body = body;
        HasGivenPersons = persons is not null;
        HasGivenOrganizations = organizations is not null;
        Persons = CleanEntities(persons);
        Organizations = CleanEntities(organizations);
    }

    /// <summary>Gets the article's unique id, never empty.</summary>
    public string Id { get; }

    /// <summary>Gets the language: "da" (Danish) or "nl" (Dutch), as given or as detected.</summary>
    public string Language { get; }

    /// <summary>Gets the publication date, or null when the source gave none.</summary>
    public ArticleDate? Date { get; }

    /// <summary>Gets the title (the lead paragraph of a plain-text article); may be empty.</summary>
    public string Title { get; }

    /// <summary>Gets the body text, paragraphs separated by blank lines; never empty.</summary>
    public string Body { get; }

    /// <summary>Gets the persons named by the source, trimmed, control characters as spaces, without repeats; empty when none were given.</summary>
    public IReadOnlyList<string> Persons { get; }

    /// <summary>Gets the organizations named by the source, trimmed, control characters as spaces, without repeats; empty when none were given.</summary>
    public IReadOnlyList<string> Organizations { get; }

    /// <summary>Gets whether the source gave a persons list (possibly empty) rather than leaving it out.</summary>
    public bool HasGivenPersons { get; }

    /// <summary>Gets whether the source gave an organizations list (possibly empty) rather than leaving it out.</summary>
    public bool HasGivenOrganizations { get; }

    /// <summary>Returns the article's id, for diagnostics.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Returns whether a language code is one an article may have: "da" or "nl", exactly.</summary>
    internal static bool IsSupportedLanguage(string language) =>
        language is LanguageDetector.Danish or LanguageDetector.Dutch;

    /// <summary>Returns the language of a text without a given one, from its title and body together.</summary>
    internal static string DetectLanguage(string title, string body) =>
        LanguageDetector.Default.Detect(string.Concat(title, "\n\n", body)).Language;

    // Sources are hand-written or converted: stray spaces, empty entries and repeats carry no meaning, while
    // order may (the first-named person), so it is kept.
    private static string[] CleanEntities(IEnumerable<string>? values)
    {
        if (values is null)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cleaned = new List<string>();
        foreach (string? value in values)
        {
            // Control characters become spaces: they are no part of a name, and U+001E/U+001F are separators inside
            // the index (the facade's alias labels, Lucene's facet paths).
            string? trimmed = value is null ? null : (value.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 ? value : ReplaceControls(value)).Trim();
            if (!string.IsNullOrEmpty(trimmed) && seen.Add(trimmed))
            {
                cleaned.Add(trimmed);
            }
        }

        return [.. cleaned];
    }

    private static string ReplaceControls(string value) =>
        string.Create(value.Length, value, static (span, text) =>
        {
            for (int i = 0; i < text.Length; i++)
            {
                span[i] = text[i] < ' ' ? ' ' : text[i];
            }
        });
}
