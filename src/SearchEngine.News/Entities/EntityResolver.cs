namespace SearchEngine.News.Entities;

/// <summary>
/// Groups the mentions of one text into entities with canonical values: a surname alone joins the full name
/// written before it (<c>Tokajev</c> joins <c>Kasym-Jomart Tokajev</c>), genitives fold (<c>Tokajevs</c>), spellings
/// of one name in different transliterations join (<see cref="NameKey"/>), and a listed person or organization
/// takes its gazetteer's canonical value with the listed variants as aliases.
/// </summary>
internal sealed class EntityResolver
{
    private readonly List<Group> groups = [];
    private readonly List<string> givenNamesAlone = [];
    private readonly ArticleWords? articleWords;
    private readonly EntityType type;
    private int current;

    private EntityResolver(EntityType type, ArticleWords? articleWords)
    {
        this.type = type;
        this.articleWords = articleWords;
    }

    /// <summary>
    /// Returns the entities of <paramref name="mentions"/> (in text order) of type <paramref name="type"/>, adding each
    /// given name used alone that joins no full name to <paramref name="givenNamesAlone"/>. With
    /// <paramref name="articleWords"/> (the article's words, <see cref="EntityPhantoms.WordsOf"/>, folded only
    /// when a listed entity needs them) a listed entity takes its canonical value only when the article writes a word
    /// of it, else its first listed spelling that the article writes (<c>EF</c>, not <c>EC</c>): a value never names
    /// what the article does not say.
    /// </summary>
    public static List<EntityValue> Resolve(List<Mention> mentions, EntityType type, EntityGazetteer gazetteer, ArticleWords? articleWords, List<string>? givenNamesAlone)
    {
        var resolver = new EntityResolver(type, articleWords);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (Mention mention in mentions)
        {
            if (mention.Type == type)
            {
                known.Add(mention.Text);
                known.Add(LastWord(mention.Text));
            }
        }

        // Full names first, so a surname alone joins its full name wherever in the text that stands
        // ("president Tokajev" before "Kassym-Jomart Tokajev"); then the values go back into text order.
        foreach (Mention mention in mentions)
        {
            if (mention.Type == type && (type == EntityType.Organization || mention.TokenCount >= 2 || mention.Listed is not null))
            {
                resolver.Add(mention, known, gazetteer);
            }
        }

        foreach (Mention mention in mentions)
        {
            if (mention.Type == type && type == EntityType.Person && mention.TokenCount < 2 && mention.Listed is null)
            {
                resolver.Add(mention, known, gazetteer);
            }
        }

        givenNamesAlone?.AddRange(resolver.givenNamesAlone);
        resolver.groups.Sort(static (a, b) => a.FirstStart.CompareTo(b.FirstStart));
        var values = new List<EntityValue>(resolver.groups.Count);
        foreach (Group group in resolver.groups)
        {
            values.Add(group.ToValue());
        }

        return values;
    }

    private void Add(Mention mention, HashSet<string> known, EntityGazetteer gazetteer)
    {
        current = mention.Start;
        if (type == EntityType.Person)
        {
            AddPerson(mention, known, gazetteer);
        }
        else
        {
            AddOrganization(mention, known);
        }
    }

    private void AddPerson(Mention mention, HashSet<string> known, EntityGazetteer gazetteer)
    {
        if (mention.Listed is GazetteerEntry listed)
        {
            Join(listed.Canonical, NameKey.Of(listed.Canonical), mention.Text, listed);
            return;
        }

        string name = FoldGenitive(mention.Text, known);
        if (mention.TokenCount >= 2)
        {
            if (gazetteer.FindPerson(name) is GazetteerEntry entry)
            {
                Join(entry.Canonical, NameKey.Of(entry.Canonical), mention.Text, entry);
                return;
            }

            // A surname with its particle (Van Straaten, De Gucht) joins the full name that ends with it, whatever
            // the particle's case: a sentence start capitalises it.
            if (CueWords.NameParticles.Contains(FirstWord(name).ToLowerInvariant()) && FindBySuffix(name) is Group named)
            {
                named.Add(mention.Text, current);
                return;
            }

            string key = NameKey.Of(name);
            Group? full = groups.Find(g => g.Key == key);
            Join(full?.Value ?? name, key, mention.Text, null);
            return;
        }

        // A surname alone: the person whose last name it is (the latest listed, when several share it).
        string surnameKey = NameKey.Of(name);
        for (int g = groups.Count - 1; g >= 0; g--)
        {
            if (groups[g].SurnameKey == surnameKey)
            {
                groups[g].Add(mention.Text, current);
                return;
            }
        }

        // A given name alone is no person value: it joins a full name that opens with it, or is dropped.
        if (gazetteer.FirstNames.Contains(name))
        {
            Group? full = groups.Find(g => g.Value.StartsWith(name + " ", StringComparison.Ordinal));
            if (full is null)
            {
                if (!givenNamesAlone.Contains(mention.Text))
                {
                    givenNamesAlone.Add(mention.Text);
                }
            }
            else
            {
                full.Add(mention.Text, current);
            }

            return;
        }

        Join(name, surnameKey, mention.Text, null);
    }

    /// <summary>Returns the person group whose value ends with <paramref name="surname"/> (case aside) after a space, or null.</summary>
    private Group? FindBySuffix(string surname)
    {
        foreach (Group group in groups)
        {
            string value = group.Value;
            if (value.Length > surname.Length && value[^(surname.Length + 1)] == ' '
                && value.EndsWith(surname, StringComparison.OrdinalIgnoreCase))
            {
                return group;
            }
        }

        return null;
    }

    private static string FirstWord(string text)
    {
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }

    private void AddOrganization(Mention mention, HashSet<string> known)
    {
        if (mention.Listed is GazetteerEntry listed)
        {
            Join(listed.Canonical, EntityGazetteer.Compact(listed.Canonical), mention.Text, listed);
            return;
        }

        string name = Genitive.StripAcronym(mention.Text) is string acronym && mention.TokenCount == 1 && NameShape.IsCapitals(acronym)
            ? acronym
            : FoldGenitive(mention.Text, known);
        Join(name, EntityGazetteer.Compact(name), mention.Text, null);
    }

    private void Join(string value, string key, string mention, GazetteerEntry? listed)
    {
        Group? group = groups.Find(g => g.Key == key);
        if (group is null)
        {
            group = new Group(listed is null ? value : WrittenValue(listed, mention), key, listed);
            groups.Add(group);
        }

        group.Add(mention, current);
    }

    /// <summary>
    /// The value of a listed entity: its canonical spelling when the article writes a word of it; else an acronym
    /// the article writes (<c>EF</c>, <c>FN</c>); else, for an organization whose canonical spelling is an acronym,
    /// that acronym, so a long name joins it across languages (<c>Collectieve Veiligheidsverdragsorganisatie</c>
    /// counts under <c>CSTO</c>); else the first spelling the article writes. A person's value is always written.
    /// </summary>
    private string WrittenValue(GazetteerEntry listed, string mention)
    {
        if (articleWords is null || !EntityPhantoms.IsPhantom(listed.Canonical, articleWords))
        {
            return listed.Canonical;
        }

        foreach (string spelling in listed.Variants)
        {
            if (NameShape.IsCapitals(spelling) && !spelling.Contains(' ', StringComparison.Ordinal) && !EntityPhantoms.IsPhantom(spelling, articleWords))
            {
                return spelling;
            }
        }

        if (type == EntityType.Organization && NameShape.IsCapitals(listed.Canonical) && !listed.Canonical.Contains(' ', StringComparison.Ordinal))
        {
            return listed.Canonical;
        }

        foreach (string spelling in listed.Variants)
        {
            if (!EntityPhantoms.IsPhantom(spelling, articleWords))
            {
                return spelling;
            }
        }

        return mention;
    }

    /// <summary>Drops a genitive from the last word when the bare form occurs in the text, or when an apostrophe marks it.</summary>
    private static string FoldGenitive(string text, HashSet<string> known)
    {
        string last = LastWord(text);
        if (Genitive.Strip(last) is not string stem)
        {
            return text;
        }

        return Genitive.HasApostrophe(last) || known.Contains(stem) ? text[..^(last.Length - stem.Length)] : text;
    }

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private sealed class Group(string value, string key, GazetteerEntry? listed)
    {
        private readonly List<(string Text, int Start)> mentions = [];

        public string Value { get; } = value;

        public string Key { get; } = key;

        public string SurnameKey { get; } = NameKey.Of(LastWord(value));

        public int FirstStart { get; private set; } = int.MaxValue;

        public void Add(string mention, int start)
        {
            FirstStart = Math.Min(FirstStart, start);
            int index = mentions.FindIndex(m => m.Text == mention);
            if (index < 0)
            {
                mentions.Add((mention, start));
            }
            else if (start < mentions[index].Start)
            {
                mentions[index] = (mention, start);
            }
        }

        public EntityValue ToValue()
        {
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var texts = new string[mentions.Count];
            var aliases = new List<string>();
            for (int m = 0; m < mentions.Count; m++)
            {
                texts[m] = mentions[m].Text;
                AddAlias(aliases, texts[m]);
            }

            if (listed is not null)
            {
                AddAlias(aliases, listed.Canonical);
                foreach (string spelling in listed.Variants)
                {
                    AddAlias(aliases, spelling);
                }
            }

            return new EntityValue(Value, texts, aliases.ToArray());
        }

        private void AddAlias(List<string> aliases, string spelling)
        {
            if (spelling != Value && !aliases.Contains(spelling))
            {
                aliases.Add(spelling);
            }
        }
    }
}
