namespace SearchEngine.News.Entities;

/// <summary>The kinds of named entity the extractor finds.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization: a company, party, institution, club, newspaper, ...</summary>
    Organization,
}
