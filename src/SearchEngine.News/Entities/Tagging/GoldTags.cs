namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// Places an article's gold lists (each distinct name as written) on its words, for training: every occurrence
/// of a listed form becomes a begin tag and inside tags, longer forms first, never overlapping.
/// </summary>
/// <remarks>Gold lists name forms, not positions, so a form is tagged wherever it occurs; where a person's and an
/// organization's forms are equal the longer list entry wins and then the person.</remarks>
internal static class GoldTags
{
    /// <summary>Returns the gold tag of every word of <paramref name="doc"/>.</summary>
    public static EntityTag[] Project(TaggingDocument doc, IReadOnlyList<string> persons, IReadOnlyList<string> organizations)
    {
        var forms = new List<(string[] Words, EntityType Type)>();
        foreach (string person in persons)
        {
            forms.Add((WordsOf(person), EntityType.Person));
        }

        foreach (string organization in organizations)
        {
            forms.Add((WordsOf(organization), EntityType.Organization));
        }

        forms.Sort(static (a, b) => b.Words.Length != a.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : a.Type.CompareTo(b.Type));
        var tags = new EntityTag[doc.Tokens.Count];
        var taken = new bool[doc.Tokens.Count];
        foreach ((string[] words, EntityType type) in forms)
        {
            if (words.Length == 0)
            {
                continue;
            }

            for (int i = 0; i + words.Length <= doc.Tokens.Count; i++)
            {
                if (!Matches(doc, i, words, taken))
                {
                    continue;
                }

                for (int k = 0; k < words.Length; k++)
                {
                    tags[i + k] = type == EntityType.Person
                        ? (k == 0 ? EntityTag.BeginPerson : EntityTag.InsidePerson)
                        : (k == 0 ? EntityTag.BeginOrganization : EntityTag.InsideOrganization);
                    taken[i + k] = true;
                }
            }
        }

        return tags;
    }

    private static string[] WordsOf(string form)
    {
        List<NameToken> tokens = NameTokenizer.Tokenize(form);
        var words = new string[tokens.Count];
        for (int k = 0; k < tokens.Count; k++)
        {
            words[k] = form.Substring(tokens[k].Start, tokens[k].Length);
        }

        return words;
    }

    private static bool Matches(TaggingDocument doc, int i, string[] words, bool[] taken)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (taken[i + k] || !doc.Word(i + k).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
