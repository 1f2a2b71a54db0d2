using System.Diagnostics.CodeAnalysis;
using SearchEngine.Analysis.LanguageDetection;
using SearchEngine.News.Articles;
using SearchEngine.Server.Hosting;

namespace SearchEngine.Server.Articles;

/// <summary>Checks an article sent to the API and turns it into an <see cref="Article"/>, or into one message per bad field.</summary>
internal static class ArticleInputValidator
{
    /// <summary>The longest article id accepted.</summary>
    public const int MaxIdLength = 512;

    /// <summary>Returns what is wrong with an id from the URL, or null when it is acceptable.</summary>
    public static string? CheckId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrWhiteSpace(id))
        {
            return "The article id must hold more than whitespace.";
        }

        return id.Length > MaxIdLength ? $"The article id is {id.Length} characters long; at most {MaxIdLength} are accepted." : null;
    }

    /// <summary>Builds the article <paramref name="id"/> from <paramref name="input"/>; false with the errors, keyed by field, when it is not valid.</summary>
    public static bool TryCreate(string id, ArticleInput? input, [NotNullWhen(true)] out Article? article, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(id);
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        article = null;
        if (input is null)
        {
            errors["$"] = ["The body must be a JSON object: {\"lang\", \"date\", \"title\", \"body\", \"persons\", \"organizations\"}."];
            return false;
        }

        if (input.Id is not null && input.Id != id)
        {
            errors["id"] = [$"The body's id '{ProblemText.Shorten(input.Id)}' differs from the id in the URL '{ProblemText.Shorten(id)}'."];
        }

        if (input.Language is not null && input.Language is not (LanguageDetector.Danish or LanguageDetector.Dutch))
        {
            errors["lang"] = [$"lang '{ProblemText.Shorten(input.Language)}' is not a language of the index; expected da or nl, or null to detect it."];
        }

        ArticleDate? date = null;
        if (input.Date is not null)
        {
            if (ArticleDate.TryParse(input.Date, out ArticleDate parsed))
            {
                date = parsed;
            }
            else
            {
                errors["date"] = [$"date '{ProblemText.Shorten(input.Date)}' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date), or null."];
            }
        }

        if (string.IsNullOrWhiteSpace(input.Body))
        {
            errors["body"] = ["body must hold the article's text."];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        string title = input.Title ?? string.Empty;
        string language = input.Language ?? LanguageDetector.Default.Detect(string.Concat(title, "\n\n", input.Body)).Language;

        // Null entries are dropped as the JSON Lines reader drops them; a given list, even empty, is kept as given.
        article = new Article(id, language, date, title, input.Body!, input.Persons?.OfType<string>(), input.Organizations?.OfType<string>());
        return true;
    }
}
