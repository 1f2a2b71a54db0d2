namespace SearchEngine.News.Entities;

/// <summary>The classification rules of <see cref="MentionFinder"/>.</summary>
internal sealed partial class MentionFinder
{
    private const int LongestListedName = 8;

    /// <summary>Common abbreviations written in capitals that name no organization.</summary>
    private static readonly HashSet<string> NotOrganizationAcronyms = new(StringComparer.Ordinal)
    {
        "TV", "DM", "EM", "VM", "OL", "WK", "EK", "PC", "IT", "EDB", "BNP", "BBP", "AIDS", "HIV", "DNA", "OK", "NB",
        "PS", "CEO", "CFO", "VIP", "SMS", "GPS", "USB", "ID", "PR", "HR", "AI", "IQ", "DVD", "CD", "MP", "VS", "USA",
        "UK", "BTW", "KM", "KG", "CM", "MM", "NR", "CO2", "COVID", "SARS", "I", "II", "III", "IV", "VI", "VII",
        "VIII", "IX", "XI", "XII", "XV", "XX", "AM", "FM", "JR", "SR", "ST", "MF", "EUR", "DKK", "BEF", "NLG", "USD",
    };

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Of", "To", "In", "On", "Up", "With", "From", "My", "Your", "You", "We", "I", "It", "Is", "Are",
        "Me", "Where", "When", "Whenever", "What", "Can", "Got", "Through", "Away", "And", "Or", "Be", "Do", "Don't",
    };

    private void ClassifyRun(int start, int end)
    {
        // A place that begins or ends an organization's name (Aarhus Universitet, Raad van State) is part of it.
        bool organizationTail = end - start >= 2 && (IsOrganizationWord(Word(tokens[end - 1])) || HasLowerCaseWord(start, end));
        int leftover = start;
        int i = start;
        while (i < end)
        {
            int matched = MatchListed(i, end, organizationTail);
            if (matched == 0)
            {
                i++;
                continue;
            }

            if (leftover < i)
            {
                ClassifySegment(leftover, i);
            }

            i += matched;
            leftover = i;
        }

        if (leftover < end)
        {
            ClassifySegment(leftover, end);
        }
    }

    /// <summary>Adds the longest listed name starting at <paramref name="first"/> and returns its word count, 0 when none.</summary>
    private int MatchListed(int first, int end, bool organizationTail)
    {
        for (int last = Math.Min(end, first + LongestListedName); last > first; last--)
        {
            bool single = last - first == 1;
            if (single && IsCommonAtSentenceStart(first))
            {
                return 0;
            }

            string span = Span(first, last);
            string? stem = Genitive.Strip(span);
            if ((gazetteer.FindOrganization(span) ?? (stem is null ? null : gazetteer.FindOrganization(stem))) is GazetteerEntry organization)
            {
                Add(EntityType.Organization, first, last, organization);
                return last - first;
            }

            if (!single && (gazetteer.FindPerson(span) ?? (stem is null ? null : gazetteer.FindPerson(stem))) is GazetteerEntry person)
            {
                Add(EntityType.Person, first, last, person);
                return last - first;
            }

            if (!organizationTail && (gazetteer.IsLocation(span) || (stem is not null && gazetteer.IsLocation(stem))))
            {
                return last - first;
            }
        }

        return 0;
    }

    private void ClassifySegment(int first, int end)
    {
        while (first < end && (IsCommonAtSentenceStart(first) || IsTitle(Word(tokens[first])) || !IsNameWord(first)))
        {
            first++;
        }

        while (end > first && !IsNameWord(end - 1) && !IsChannelNumber(end - 1))
        {
            end--;
        }

        if (first >= end || IsEnglishTitle(first, end) || IsStreetOrSquare(Word(tokens[end - 1])))
        {
            return;
        }

        // An organization word decides before nationality words are dropped: Europese Commissie, Dansk Industri.
        if (end - first >= 2 && (IsOrganizationWord(Word(tokens[end - 1])) || gazetteer.OrganizationHeads.Contains(Word(tokens[first]))))
        {
            Add(EntityType.Organization, first, end, null);
            return;
        }

        while (first < end && IsDemonym(first))
        {
            first++;
        }

        if (first >= end)
        {
            return;
        }

        if (end - first >= 2)
        {
            // Two or more capitalised words are a person's name when a given name, a title or a speech verb says
            // so, or the last is a patronymic surname; otherwise they are more often a company, club or band.
            string firstWord = Word(tokens[first]);
            bool person = gazetteer.FirstNames.Contains(firstWord) || IsInitial(firstWord) || IsSurnameParticle(first)
                || PrecededByTitle(first)
                || NextToSpeechVerb(first) || NextToSpeechVerb(end - 1) || IsPatronymicSurname(Word(tokens[end - 1]))
                || UsedAlone(Word(tokens[end - 1]), Word(tokens[first])) || IsBylineLine(first, end);
            if (!person && IsAdjective(firstWord))
            {
                // Olympische Spelen, Tweede Wereldoorlog: an adjective opening an unknown name makes an event
                // or a title far more often than an organization (which an organization word would have shown).
                return;
            }

            Add(person ? EntityType.Person : EntityType.Organization, first, end, null);
            return;
        }

        ClassifySingle(first);
    }

    /// <summary>Danish and Dutch surnames from patronymics (Jacobsen, Pedersen, Janssen, Andersson): a person even alone.</summary>
    private bool IsPatronymicSurname(string word)
    {
        string stem = Genitive.Strip(word) is string s && NameShape.EndsWithAny(s, PatronymicEndings) ? s : word;
        return stem.Length >= 6 && NameShape.EndsWithAny(stem, PatronymicEndings)
            && !lowerCaseWords.Contains(stem.ToLowerInvariant()) && !gazetteer.IsLocation(stem);
    }

    /// <summary>True when the last word of a name also stands without the first elsewhere: a surname used alone (<c>Lefevere</c>).</summary>
    private bool UsedAlone(string last, string first) =>
        capitalizedCounts.GetValueOrDefault(last) > capitalizedCounts.GetValueOrDefault(first) && !gazetteer.OrganizationHeads.Contains(last);

    /// <summary>An initial (<c>J.</c>, <c>E.M.</c>) opens a person's name.</summary>
    private static bool IsInitial(string word) =>
        char.IsUpper(word[0]) && (word.Length == 1 || (word.Length >= 2 && word[^1] == '.' && (word.Length == 2 || word[^3] == '.')));

    /// <summary>A capitalised particle inside a sentence opens a Flemish or Romance surname (<c>De Gucht</c>, <c>Van Rompuy</c>, <c>Di Rupo</c>).</summary>
    private bool IsSurnameParticle(int i) =>
        !tokens[i].SentenceStart && CueWords.NameParticles.Contains(Word(tokens[i]).ToLowerInvariant())
        || Word(tokens[i]) is "Vande" or "Vander" or "Vanden" or "Ver";

    private static readonly string[] StreetEndings =
    [
        "vej", "gade", "plads", "torv", "stræde", "allé", "straat", "laan", "plein", "markt", "steenweg", "kaai",
        "dreef", "gracht", "dijk", "square", "street", "avenue", "road", "boulevard", "lei", "vest",
    ];

    private static readonly string[] PatronymicEndings = ["sen", "son"];

    // Danish and Dutch compound titles: udenrigsminister, oud-premier, vicepræsident.
    private static readonly string[] CompoundTitleEndings = ["minister", "præsident", "president", "formand", "voorzitter", "direktør", "directeur"];

    private static readonly string[] DutchAdjectiveEndings = ["sche", "ische", "ële", "ijke", "se", "de", "ste", "ige", "ije"];

    private static readonly string[] DanishAdjectiveEndings = ["iske", "ige", "lige"];

    /// <summary>True for a street or square (Ninoofse Steenweg, Union Square, Rådhuspladsen): a place, not a name.</summary>
    private static bool IsStreetOrSquare(string word) => NameShape.EndsWithAny(word.ToLowerInvariant(), StreetEndings);

    /// <summary>True when two or three capitalised words fill a line alone: a byline or signature (<c>Fabian Lefevere</c>).</summary>
    private bool IsBylineLine(int first, int end)
    {
        if (end - first > 3)
        {
            return false;
        }

        int lineStart = text.LastIndexOf('\n', Math.Max(0, tokens[first].Start - 1)) + 1;
        int lineEnd = text.IndexOf('\n', tokens[end - 1].End);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        return text.AsSpan(lineStart, tokens[first].Start - lineStart).IsWhiteSpace()
            && text.AsSpan(tokens[end - 1].End, lineEnd - tokens[end - 1].End).Trim().Length <= 1;
    }

    /// <summary>True for an inflected adjective or ordinal (Dutch <c>Olympische</c>, <c>Tweede</c>; Danish <c>Olympiske</c>, <c>Anden</c>).</summary>
    private bool IsAdjective(string word)
    {
        string lower = word.ToLowerInvariant();
        return lower.Length > 4 && NameShape.EndsWithAny(lower, Language == "nl" ? DutchAdjectiveEndings : DanishAdjectiveEndings);
    }

    private bool HasLowerCaseWord(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (char.IsLower(text[tokens[k].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a capitalised English phrase of three or more words with two function words: a song or film title, not a name.</summary>
    private bool IsEnglishTitle(int first, int end)
    {
        if (end - first < 3)
        {
            return false;
        }

        int function = 0;
        for (int k = first; k < end; k++)
        {
            function += EnglishFunctionWords.Contains(Word(tokens[k])) ? 1 : 0;
        }

        return function >= 2;
    }

    private bool IsOrganizationWord(string word) => gazetteer.OrganizationHeads.Contains(word) || HasOrganizationEnding(word);

    private void ClassifySingle(int i)
    {
        string word = Word(tokens[i]);
        if (IsAcronym(word) || HasOrganizationEnding(Genitive.Strip(word) ?? word) || HasOrganizationEnding(word))
        {
            Add(EntityType.Organization, i, i + 1, null);
            return;
        }

        if (IsPatronymicSurname(word) && !tokens[i].SentenceStart)
        {
            Add(EntityType.Person, i, i + 1, null);
            return;
        }

        bool firstName = gazetteer.FirstNames.Contains(word)
            && !(tokens[i].SentenceStart && gazetteer.AmbiguousFirstNames.Contains(word));
        if (firstName || PrecededByTitle(i) || NextToSpeechVerb(i))
        {
            Add(EntityType.Person, i, i + 1, null);
            return;
        }

        singles.Add((i, word));
    }

    private void ClassifyCompoundPrefix(int i, int length)
    {
        string prefix = text.Substring(tokens[i].Start, length);
        GazetteerEntry? listed = gazetteer.FindOrganization(prefix);
        if (listed is not null || (IsAcronym(prefix) && !gazetteer.IsLocation(prefix)))
        {
            mentions.Add(new Mention(EntityType.Organization, tokens[i].Start, prefix, 1, listed));
        }
    }

    /// <summary>Turns single capitalised words into persons when they are the surname of a person found or listed.</summary>
    private void ResolveSingles()
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (Mention mention in mentions)
        {
            if (mention.Type == EntityType.Person && mention.TokenCount >= 2)
            {
                string last = mention.Text[(mention.Text.LastIndexOf(' ') + 1)..];
                surnames.Add(last);
                surnames.Add(Genitive.Strip(last) ?? last);
            }
        }

        foreach ((int token, string word) in singles)
        {
            string stem = Genitive.Strip(word) ?? word;
            GazetteerEntry? listed = null;
            if (surnames.Contains(word) || surnames.Contains(stem)
                || (listed = gazetteer.FindPersonBySurname(word) ?? gazetteer.FindPersonBySurname(stem)) is not null)
            {
                Add(EntityType.Person, token, token + 1, listed);
            }
        }
    }

    private bool IsCommonAtSentenceStart(int i)
    {
        if (!tokens[i].SentenceStart)
        {
            return false;
        }

        string word = Word(tokens[i]);
        return nonNames.Contains(word) || (lowerCaseWords.Contains(word.ToLowerInvariant()) && !gazetteer.FirstNames.Contains(word));
    }

    private bool IsDemonym(int i) => gazetteer.Demonyms.Contains(Word(tokens[i]));

    private bool IsTitle(string word)
    {
        string lower = word.ToLowerInvariant();
        if (titles.Contains(lower))
        {
            return true;
        }

        return lower.Length > 8 && NameShape.EndsWithAny(lower, CompoundTitleEndings);
    }

    private bool PrecededByTitle(int i)
    {
        if (i == 0 || tokens[i].SentenceStart)
        {
            return false;
        }

        NameToken previous = tokens[i - 1];
        return char.IsLower(text[previous.Start]) && IsTitle(Word(previous)) && OnlySpaceOrComma(previous.End, tokens[i].Start);
    }

    private bool NextToSpeechVerb(int i)
    {
        bool before = i > 0 && !tokens[i].PrecededByBreak && CueWords.SpeechVerbs.Contains(Word(tokens[i - 1]));
        bool after = i + 1 < tokens.Count && !tokens[i + 1].PrecededByBreak && CueWords.SpeechVerbs.Contains(Word(tokens[i + 1]));
        return before || after;
    }

    private bool OnlySpaceOrComma(int from, int to)
    {
        foreach (char c in text.AsSpan(from, to - from))
        {
            if (c != ',' && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAcronym(string word)
    {
        string core = Genitive.StripAcronym(word) ?? word;
        int letters = 0;
        foreach (char c in core)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (!char.IsDigit(c) && c is not ('.' or '&' or '/' or '-'))
            {
                return false;
            }
        }

        if (!NameShape.IsCapitals(core))
        {
            return false;
        }

        // Unlisted capitals beyond four letters are shouting or a heading (ZOOLOGI, OPLÆG), not an acronym.
        // Two capitals alone are too often an abbreviation (score tables, initials); listed ones (EU, FN) are found by the gazetteer.
        return letters is >= 3 and <= 4 && !NotOrganizationAcronyms.Contains(core.Replace(".", string.Empty, StringComparison.Ordinal))
            && !lowerCaseWords.Contains(core.ToLowerInvariant()) && !nonNames.Contains(core);
    }

    private bool HasOrganizationEnding(string word) => NameShape.EndsWithAny(word.ToLowerInvariant(), gazetteer.OrganizationSuffixes, before: 3);
}
