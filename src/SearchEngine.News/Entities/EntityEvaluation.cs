using SearchEngine.News.Articles;

namespace SearchEngine.News.Entities;

/// <summary>
/// Scores an extractor against articles whose sources list their persons and organizations (the gold), as
/// <c>searchctl entities --eval</c> reports.
/// </summary>
/// <remarks>
/// Gold lists name each distinct form an article writes (a full name and a later surname alone are two
/// entries), so the extractor's mentions, not its canonical values, are compared: per article as sets, a value
/// matching when equal after lower-casing and dropping a final genitive (<see cref="MatchKey"/>) on both sides;
/// counts summed over articles (micro-averaged). An article without a gold list for a type is not scored for it.
/// </remarks>
public sealed class EntityEvaluation
{
    private readonly List<EntityMiss> misses = [];

    private EntityEvaluation()
    {
    }

    /// <summary>Gets the number of articles scored.</summary>
    public int Articles { get; private set; }

    /// <summary>Gets the person score.</summary>
    public EntityScore Person { get; private set; }

    /// <summary>Gets the organization score.</summary>
    public EntityScore Organization { get; private set; }

    /// <summary>Gets every disagreement, in article order.</summary>
    public IReadOnlyList<EntityMiss> Misses => misses;

    /// <summary>Extracts from each of <paramref name="articles"/> with <paramref name="extractor"/> and scores it against its gold lists.</summary>
    /// <param name="articles">The articles with gold lists; articles without any are skipped.</param>
    /// <param name="extractor">The extractor scored.</param>
    /// <param name="countGivenNamesAlone">Whether given names used alone (<see cref="ExtractedEntities.GivenNamesAlone"/>) count as found
    /// person mentions: true by default, since the gold lists name them; false scores the person values' mentions alone.</param>
    public static EntityEvaluation Run(IEnumerable<Article> articles, EntityExtractor extractor, bool countGivenNamesAlone = true)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(extractor);
        var evaluation = new EntityEvaluation();
        foreach (Article article in articles)
        {
            if (!article.HasGivenPersons && !article.HasGivenOrganizations)
            {
                continue;
            }

            ExtractedEntities found = extractor.Extract(article.Title, article.Body, article.Language);
            evaluation.Articles++;
            if (article.HasGivenPersons)
            {
                evaluation.Person = evaluation.Person.Add(evaluation.Score(article.Id, EntityType.Person, found.Persons, article.Persons, countGivenNamesAlone ? found.GivenNamesAlone : null));
            }

            if (article.HasGivenOrganizations)
            {
                evaluation.Organization = evaluation.Organization.Add(
                    evaluation.Score(article.Id, EntityType.Organization, found.Organizations, article.Organizations));
            }
        }

        return evaluation;
    }

    /// <summary>
    /// Returns the form two values are compared in: lower case, a final genitive dropped (<c>'s</c>, then an
    /// apostrophe alone as after a sibilant, <c>Elvis'</c>, then a final <c>s</c>).
    /// </summary>
    public static string MatchKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string lower = value.Trim().ToLowerInvariant();
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.Length > 1 && lower[^1] is '\'' or '\u2019')
        {
            lower = lower[..^1];
        }

        return lower.Length > 1 && lower[^1] == 's' ? lower[..^1] : lower;
    }

    private EntityScore Score(string id, EntityType type, IReadOnlyList<EntityValue> found, IReadOnlyList<string> gold, IReadOnlyList<string>? alsoFound = null)
    {
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (EntityValue value in found)
        {
            foreach (string mention in value.Mentions)
            {
                predicted.TryAdd(MatchKey(mention), mention);
            }
        }

        if (alsoFound is not null)
        {
            foreach (string mention in alsoFound)
            {
                predicted.TryAdd(MatchKey(mention), mention);
            }
        }

        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string value in gold)
        {
            expected.TryAdd(MatchKey(value), value);
        }

        int truePositives = 0;
        foreach ((string key, string mention) in predicted)
        {
            if (expected.ContainsKey(key))
            {
                truePositives++;
            }
            else
            {
                misses.Add(new EntityMiss(id, type, mention, Missing: false));
            }
        }

        foreach ((string key, string value) in expected)
        {
            if (!predicted.ContainsKey(key))
            {
                misses.Add(new EntityMiss(id, type, value, Missing: true));
            }
        }

        return new EntityScore(truePositives, predicted.Count - truePositives, expected.Count - truePositives);
    }
}
