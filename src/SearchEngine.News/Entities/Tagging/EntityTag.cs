namespace SearchEngine.News.Entities.Tagging;

/// <summary>The label of one word: outside a name, or beginning or inside a person's or an organization's name (BIO).</summary>
internal enum EntityTag : byte
{
    /// <summary>Not part of a person's or an organization's name.</summary>
    Outside = 0,

    /// <summary>The first word of a person's name.</summary>
    BeginPerson = 1,

    /// <summary>A later word of a person's name.</summary>
    InsidePerson = 2,

    /// <summary>The first word of an organization's name.</summary>
    BeginOrganization = 3,

    /// <summary>A later word of an organization's name.</summary>
    InsideOrganization = 4,
}

/// <summary>What the tags mean together: how many there are, and which may follow which.</summary>
internal static class EntityTags
{
    /// <summary>The number of tags, the width of each feature's weight row.</summary>
    public const int Count = 5;

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/>: an inside tag continues its own type only.</summary>
    public static bool MayFollow(EntityTag previous, EntityTag tag) => tag switch
    {
        EntityTag.InsidePerson => previous is EntityTag.BeginPerson or EntityTag.InsidePerson,
        EntityTag.InsideOrganization => previous is EntityTag.BeginOrganization or EntityTag.InsideOrganization,
        _ => true,
    };

    /// <summary>The entity type of a begin or inside tag.</summary>
    public static EntityType TypeOf(EntityTag tag) =>
        tag is EntityTag.BeginPerson or EntityTag.InsidePerson ? EntityType.Person : EntityType.Organization;
}
