namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// Turns the tags of a text into its mentions: each run of a begin tag and its inside tags is one name (a trailing
/// connector dropped), looked up in the gazetteers for a canonical value.
/// </summary>
internal static class TaggedMentions
{
    /// <summary>Returns the mentions of <paramref name="doc"/> tagged <paramref name="tags"/>, in text order.</summary>
    public static List<Mention> From(TaggingDocument doc, ReadOnlySpan<EntityTag> tags)
    {
        var mentions = new List<Mention>();
        int i = 0;
        while (i < tags.Length)
        {
            EntityTag tag = tags[i];
            if (tag is not (EntityTag.BeginPerson or EntityTag.BeginOrganization))
            {
                AddCompoundPrefix(doc, i, mentions);
                i++;
                continue;
            }

            EntityTag inside = tag == EntityTag.BeginPerson ? EntityTag.InsidePerson : EntityTag.InsideOrganization;
            int end = i + 1;
            while (end < tags.Length && tags[end] == inside)
            {
                end++;
            }

            int last = end;
            while (last > i + 1 && doc.Kinds[last - 1] != TaggingDocument.WordKind.Capitalized && !IsChannelNumber(doc, last - 1))
            {
                last--;
            }

            // A name never cuts a listed name in two (Den | Helder): it takes the whole listed span.
            int first = i;
            while (first > 0 && doc.Listed[first] != TaggingDocument.ListedMark.None && doc.Listed[first - 1] == doc.Listed[first] && doc.JoinsPrevious(first))
            {
                first--;
            }

            while (last < tags.Length && doc.Listed[last] != TaggingDocument.ListedMark.None && doc.Listed[last] == doc.Listed[last - 1] && doc.JoinsPrevious(last))
            {
                last++;
            }

            Add(doc, EntityTags.TypeOf(tag), first, last, mentions);
            i = Math.Max(end, last);
        }

        AddSurnamesAlone(doc, tags, mentions);
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>
    /// Adds the surname of every full name found wherever the text writes it alone, untagged (<c>Van Straaten</c>
    /// after <c>Willem van Straaten</c>, a particle capitalised at a sentence start): one person keeps one tag.
    /// </summary>
    private static void AddSurnamesAlone(TaggingDocument doc, ReadOnlySpan<EntityTag> tags, List<Mention> mentions)
    {
        var surnames = new List<string[]>();
        foreach (Mention mention in mentions)
        {
            if (mention.Type != EntityType.Person || mention.TokenCount < 2)
            {
                continue;
            }

            string[] words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int from = words.Length - 1;
            while (from > 1 && CueWords.NameParticles.Contains(words[from - 1].ToLowerInvariant()))
            {
                from--;
            }

            surnames.Add(words[from..]);
        }

        if (surnames.Count == 0)
        {
            return;
        }

        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != EntityTag.Outside || doc.Kinds[i] != TaggingDocument.WordKind.Capitalized)
            {
                continue;
            }

            foreach (string[] surname in surnames)
            {
                if (Matches(doc, tags, i, surname) && !(surname.Length == 1 && IsCommonAtSentenceStart(doc, i)))
                {
                    Add(doc, EntityType.Person, i, i + surname.Length, mentions);
                    i += surname.Length - 1;
                    break;
                }
            }
        }
    }

    /// <summary>True when the untagged words from <paramref name="i"/> spell <paramref name="surname"/> (the first word's case aside, a genitive allowed on the last).</summary>
    private static bool Matches(TaggingDocument doc, ReadOnlySpan<EntityTag> tags, int i, string[] surname)
    {
        if (i + surname.Length > tags.Length)
        {
            return false;
        }

        for (int k = 0; k < surname.Length; k++)
        {
            if (tags[i + k] != EntityTag.Outside || (k > 0 && !doc.JoinsPrevious(i + k)))
            {
                return false;
            }

            ReadOnlySpan<char> word = doc.Word(i + k);
            bool last = k == surname.Length - 1;
            bool equal = k == 0 ? word.Equals(surname[k], StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]) : word.SequenceEqual(surname[k]);
            if (!equal && last && word.Length == surname[k].Length + 1 && word[^1] == 's')
            {
                equal = k == 0 ? word[..^1].Equals(surname[k], StringComparison.OrdinalIgnoreCase) : word[..^1].SequenceEqual(surname[k]);
            }

            if (!equal)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChannelNumber(TaggingDocument doc, int i) => char.IsDigit(doc.Text[doc.Tokens[i].Start]);

    private static void Add(TaggingDocument doc, EntityType type, int first, int end, List<Mention> mentions)
    {
        string text = doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End];
        string? stem = Genitive.Strip(text);
        EntityGazetteer gazetteer = doc.Gazetteer;
        if (type == EntityType.Person && CommonWordCompound(doc, first))
        {
            // Kabinet-Van Straaten, regering-Rutte: a body named after a person, not the person.
            type = EntityType.Organization;
        }

        GazetteerEntry? listed;
        if (type == EntityType.Organization)
        {
            listed = gazetteer.FindOrganization(text) ?? (stem is null ? null : gazetteer.FindOrganization(stem));
        }
        else if (end - first >= 2)
        {
            listed = gazetteer.FindPerson(text) ?? (stem is null ? null : gazetteer.FindPerson(stem));
        }
        else
        {
            // A surname alone names a listed person only when spelled as one of the person's listed spellings and
            // not a common word (Han is not Khan).
            listed = doc.Lexicon.IsCommonWord(text) || gazetteer.FirstNames.Contains(text)
                ? null
                : gazetteer.FindPersonBySurnameSpelling(text) ?? (stem is null ? null : gazetteer.FindPersonBySurnameSpelling(stem));
        }

        if (type == EntityType.Person && end - first == 1 && (text.Length == 1 || (text.Length == 2 && text[1] == '.')))
        {
            // A letter alone is an initial or a party letter (V og K), never a person's name.
            return;
        }

        if (listed is null && end - first == 1 && type == EntityType.Organization && CueWords.Abbreviations.Contains(Genitive.StripAcronym(text) ?? text))
        {
            // TV, OL, AIDS: an abbreviation that names no organization, unless the gazetteer lists it (CD, the party).
            return;
        }

        if (listed is null && end - first == 1 && (IsCommonAtSentenceStart(doc, first) || IsCommonWrittenLower(doc, first)))
        {
            // A capital at a sentence start says nothing: a dictionary word there (Han, Anders, Onderwijs) is
            // a name only when the text also capitalises it inside a sentence. A dictionary word the text also
            // writes in lower case (President beside president) is that word, wherever it stands.
            return;
        }

        mentions.Add(new Mention(type, doc.Tokens[first].Start, text, end - first, listed));
    }

    /// <summary>True when word <paramref name="i"/> opens a sentence, is a common word by the dictionary, and is nowhere else capitalised mid-sentence.</summary>
    internal static bool IsCommonAtSentenceStart(TaggingDocument doc, int i)
    {
        if (!doc.Tokens[i].SentenceStart || doc.CapitalizedMidSentence(i))
        {
            return false;
        }

        ReadOnlySpan<char> word = doc.Word(i);
        string asString = word.ToString();
        string bare = Genitive.HasApostrophe(asString) ? Genitive.Strip(asString) ?? asString : asString;
        if (doc.NonNames.Contains(bare) || doc.Lexicon.IsExactCommonWord(bare))
        {
            return true;
        }

        return doc.Lexicon.IsCommonWord(bare) && !doc.Lexicon.IsName(bare) && !doc.Gazetteer.FirstNames.Contains(bare);
    }

    /// <summary>True when word <paramref name="i"/> is a dictionary word that the text also writes in lower case.</summary>
    private static bool IsCommonWrittenLower(TaggingDocument doc, int i) =>
        doc.WrittenLowerElsewhere(i) && doc.Lexicon.IsExactCommonWord(doc.Word(i));

    /// <summary>True when word <paramref name="i"/> is a compound whose first part is a common word (<c>Kabinet-Van</c>).</summary>
    private static bool CommonWordCompound(TaggingDocument doc, int i)
    {
        ReadOnlySpan<char> word = doc.Word(i);
        int hyphen = word.IndexOf('-');
        return hyphen > 1 && doc.Lexicon.IsExactCommonWord(word[..hyphen]) && !doc.Gazetteer.FirstNames.Contains(word[..hyphen].ToString());
    }

    /// <summary>A listed organization or an acronym (not a common abbreviation: <c>TV-byen</c>) before a hyphen and a lower-case rest: <c>CSTO</c> of <c>CSTO-styrke</c>.</summary>
    private static void AddCompoundPrefix(TaggingDocument doc, int i, List<Mention> mentions)
    {
        if (doc.Kinds[i] != TaggingDocument.WordKind.Capitalized)
        {
            return;
        }

        ReadOnlySpan<char> word = doc.Word(i);
        int hyphen = -1;
        for (int k = 1; k < word.Length - 1; k++)
        {
            if (word[k] == '-' && char.IsLower(word[k + 1]))
            {
                hyphen = k;
                break;
            }
        }

        if (hyphen < 0)
        {
            return;
        }

        string prefix = word[..hyphen].ToString();
        GazetteerEntry? listed = doc.Gazetteer.FindOrganization(prefix);
        bool acronym = prefix.Length is >= 2 and <= 5 && NameShape.IsCapitals(prefix) && !doc.Gazetteer.IsLocation(prefix)
            && !CueWords.Abbreviations.Contains(prefix);
        if (listed is not null || acronym)
        {
            mentions.Add(new Mention(EntityType.Organization, doc.Tokens[i].Start, prefix, 1, listed));
        }
    }
}
