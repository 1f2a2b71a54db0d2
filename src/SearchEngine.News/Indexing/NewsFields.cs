namespace SearchEngine.News.Indexing;

/// <summary>
/// The field names of a news index. Text is indexed per language (<c>title_da</c>, <c>body_nl</c>, ...) so each
/// language has its own term statistics, as Lucene's per-language fields do; the original text is stored once.
/// </summary>
public static class NewsFields
{
    /// <summary>The article id: one exact term, stored.</summary>
    public const string Id = "id";

    /// <summary>The language code: one exact term, stored, and a facet.</summary>
    public const string Language = "lang";

    /// <summary>The stored title text.</summary>
    public const string Title = "title";

    /// <summary>The stored body text.</summary>
    public const string Body = "body";

    /// <summary>The stored date as given (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), and its yyyymmdd numeric doc value.</summary>
    public const string Date = "date";

    /// <summary>The date as given, as a doc value, so a hit shows it without decompressing stored fields.</summary>
    public const string DateText = "date_text";

    /// <summary>The year (<c>YYYY</c>): an exact term and a facet.</summary>
    public const string Year = "year";

    /// <summary>The month (<c>YYYY-MM</c>): an exact term and a facet; absent for year-only dates.</summary>
    public const string Month = "month";

    /// <summary>The day (<c>YYYY-MM-DD</c>): an exact term; absent for month-only dates.</summary>
    public const string Day = "day";

    /// <summary>A person named in the article: exact term, facet and stored value; one field per person.</summary>
    public const string Person = "person";

    /// <summary>An organization named in the article: exact term, facet and stored value.</summary>
    public const string Organization = "organization";

    /// <summary>
    /// Returns the alias field of a facet (<c>person_alias</c>): sorted-set doc values <c>alias</c> U+001F
    /// <c>canonical</c>, so facet value search finds a value through its other spellings.
    /// </summary>
    public static string AliasOf(string facet) => facet + "_alias";

    /// <summary>Returns the analyzed title field of a language (<c>title_da</c>).</summary>
    public static string TitleOf(string language) => Title + "_" + language;

    /// <summary>Returns the analyzed body field of a language (<c>body_nl</c>).</summary>
    public static string BodyOf(string language) => Body + "_" + language;
}
