using SearchEngine.Core.Index;
using SearchEngine.News.Indexing;

namespace SearchEngine.Server.IndexHosting;

/// <summary>Collects the stored fields of one news document (see <see cref="NewsFields"/>).</summary>
internal sealed class StoredArticleVisitor : StoredFieldVisitor
{
    private readonly List<string> persons = [];
    private readonly List<string> organizations = [];
    private string? id;
    private string? language;
    private string? date;
    private string? title;
    private string? body;

    /// <summary>Decodes every field the article needs and skips the rest.</summary>
    public override StoredFieldStatus NeedsField(FieldInfo field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Name is NewsFields.Id or NewsFields.Language or NewsFields.Date or NewsFields.Title or NewsFields.Body
            or NewsFields.Person or NewsFields.Organization
            ? StoredFieldStatus.Yes
            : StoredFieldStatus.No;
    }

    /// <summary>Keeps one stored value.</summary>
    public override void StringField(FieldInfo field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        switch (field.Name)
        {
            case NewsFields.Id:
                id = value;
                break;
            case NewsFields.Language:
                language = value;
                break;
            case NewsFields.Date:
                date = value;
                break;
            case NewsFields.Title:
                title = value;
                break;
            case NewsFields.Body:
                body = value;
                break;
            case NewsFields.Person:
                persons.Add(value);
                break;
            case NewsFields.Organization:
                organizations.Add(value);
                break;
            default:
                break;
        }
    }

    /// <summary>Returns the article the visited fields describe.</summary>
    public StoredArticle ToArticle() =>
        new(id ?? string.Empty, language ?? string.Empty, date, title ?? string.Empty, body ?? string.Empty, persons, organizations);
}
