namespace SearchEngine.News.Entities;

/// <summary>
/// Finds the person and organization names in one text: runs of capitalised words are looked up in the
/// gazetteers (longest spelling first), and what is left is classified by its shape and its neighbours.
/// </summary>
/// <remarks>
/// <para>The rules in order: a listed organization, person or place wins; a run ending in an organization word
/// (<c>Bank</c>, <c>Partiet</c>) or a single compound with an organization ending (<c>Socialdemokratiet</c>) is an
/// organization, as is an acronym that is not a common abbreviation; a run that starts with a given name,
/// follows a title (<c>præsident</c>, <c>burgemeester</c>) or stands next to a speech verb (<c>siger</c>,
/// <c>zei</c>) is a person, as is any other run of two or more capitalised words; a single word is a person only
/// when it is the surname of a person named in the same text or of a listed person.</para>
/// <para>A capital at a sentence start says nothing, so a sentence-initial word that is a common word (listed,
/// or written in lower case elsewhere in the text) is dropped from the run.</para>
/// </remarks>
internal sealed partial class MentionFinder
{
    private readonly string text;
    private readonly List<NameToken> tokens;
    private readonly EntityGazetteer gazetteer;
    private readonly HashSet<string> titles;
    private readonly HashSet<string> nonNames;
    private readonly HashSet<string> lowerCaseWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> capitalizedCounts = new(StringComparer.Ordinal);
    private readonly List<Mention> mentions = [];
    private readonly List<(int Token, string Text)> singles = [];

    private MentionFinder(string text, string language, EntityGazetteer gazetteer)
    {
        this.text = text;
        this.gazetteer = gazetteer;
        tokens = NameTokenizer.Tokenize(text);
        titles = gazetteer.Titles[language];
        nonNames = gazetteer.NonNames[language];
        Language = language;
        foreach (NameToken token in tokens)
        {
            if (char.IsLower(text[token.Start]))
            {
                lowerCaseWords.Add(Word(token));
            }
            else
            {
                string word = Word(token);
                capitalizedCounts[word] = capitalizedCounts.GetValueOrDefault(word) + 1;
            }
        }
    }

    private string Language { get; }

    /// <summary>Returns the names in <paramref name="text"/> in text order.</summary>
    public static List<Mention> Find(string text, string language, EntityGazetteer gazetteer)
    {
        var finder = new MentionFinder(text, language, gazetteer);
        finder.Run();
        return finder.mentions;
    }

    private void Run()
    {
        int i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(i))
            {
                i++;
                continue;
            }

            if (CompoundPrefixLength(i) is int prefix)
            {
                ClassifyCompoundPrefix(i, prefix);
                i++;
                continue;
            }

            int end = RunEnd(i);
            ClassifyRun(i, end);
            i = end;
        }

        ResolveSingles();
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    private bool IsNameWord(int i)
    {
        NameToken token = tokens[i];
        return !token.LineIsUpperCase && char.IsUpper(text[token.Start]) && (!HasDigit(token) || IsCapitalsAndDigits(token));
    }

    /// <summary>Returns the end (exclusive) of the run of name words starting at <paramref name="start"/>.</summary>
    private int RunEnd(int start)
    {
        int end = start + 1;
        while (end < tokens.Count && !tokens[end].PrecededByBreak && SameLine(end))
        {
            if (IsNameWord(end) && CompoundPrefixLength(end) is null)
            {
                if (StartsNewName(end))
                {
                    break;
                }

                end++;
                continue;
            }

            // A channel number after a broadcaster (TV 1, Radio 3, BBC 2) belongs to its name.
            if (IsChannelNumber(end))
            {
                end++;
                break;
            }

            // Lower-case connectors continue an organization's long name (Raad van State, Europees Hof voor de
            // Rechten van de Mens) once an organization word has been seen.
            if (ConnectedOrganizationEnd(start, end) is int connected)
            {
                end = connected;
                continue;
            }

            // Lower-case particles continue a name that began with a given name (Jan van der Meer), never an
            // arbitrary run (Rutte van de VVD is two names).
            int particles = end;
            while (particles < tokens.Count && !tokens[particles].PrecededByBreak && CueWords.NameParticles.Contains(Word(tokens[particles])))
            {
                particles++;
            }

            if (particles > end && particles < tokens.Count && !tokens[particles].PrecededByBreak && IsNameWord(particles)
                && gazetteer.FirstNames.Contains(Word(tokens[end - 1])))
            {
                end = particles + 1;
                continue;
            }

            break;
        }

        return end;
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "van", "voor", "de", "het", "der", "den", "ter", "in", "op", "tegen", "of", "for", "the", "af", "i", "til",
        "mod", "på", "des", "du", "pour",
    };

    private bool IsChannelNumber(int i)
    {
        NameToken token = tokens[i];
        if (token.Length > 2 || !char.IsDigit(text[token.Start]) || !HasDigit(token))
        {
            return false;
        }

        string previous = Word(tokens[i - 1]);
        return gazetteer.OrganizationHeads.Contains(previous) || gazetteer.FindOrganization(previous) is not null
            || previous is "Ned" or "Kanaal" or "Canal" or "Kanal" or "Radio" or "TV" or "Net";
    }

    /// <summary>Returns where a run continues after lower-case connectors of an organization's long name, or null.</summary>
    private int? ConnectedOrganizationEnd(int start, int end)
    {
        bool organization = false;
        for (int k = start; k < end && !organization; k++)
        {
            string word = Word(tokens[k]);
            organization = gazetteer.OrganizationHeads.Contains(word) || HasOrganizationEnding(word);
        }

        int next = end;
        while (organization && next < tokens.Count && next - end < 3 && !tokens[next].PrecededByBreak && Connectors.Contains(Word(tokens[next])))
        {
            next++;
        }

        return next > end && next < tokens.Count && !tokens[next].PrecededByBreak && SameLine(next) && IsNameWord(next) ? next + 1 : null;
    }

    /// <summary>
    /// True when a given name follows a word that is not one: a new name begins (<c>Leefmilieu | Vera Dua</c>,
    /// <c>Justitie | Marc Verwilghen</c>), while <c>Jan Peter Balkenende</c> stays whole.
    /// </summary>
    private bool StartsNewName(int i)
    {
        string word = Word(tokens[i]);
        return gazetteer.FirstNames.Contains(word) && !gazetteer.AmbiguousFirstNames.Contains(word)
            && !gazetteer.FirstNames.Contains(Word(tokens[i - 1]));
    }

    private bool SameLine(int i) => text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOf('\n') < 0;

    /// <summary>Returns the length of the name before a hyphen and a lower-case rest (<c>CSTO</c> of <c>CSTO-styrke</c>), or null.</summary>
    private int? CompoundPrefixLength(int i)
    {
        NameToken token = tokens[i];
        for (int k = token.Start + 1; k < token.End - 1; k++)
        {
            if (text[k] == '-' && char.IsLower(text[k + 1]))
            {
                return k - token.Start;
            }
        }

        return null;
    }

    /// <summary>True for words with digits (chess moves Tf2, models A6, dates): never part of a name here.</summary>
    private bool HasDigit(NameToken token) => text.AsSpan(token.Start, token.Length).IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>True for a channel or model code in capitals and digits (<c>VT4</c>, <c>TF1</c>).</summary>
    private bool IsCapitalsAndDigits(NameToken token) => token.Length <= 5 && NameShape.IsCapitals(text.AsSpan(token.Start, token.Length));

    private string Word(NameToken token) => text.Substring(token.Start, token.Length);

    private string Span(int first, int end) => text[tokens[first].Start..tokens[end - 1].End];

    private void Add(EntityType type, int first, int end, GazetteerEntry? listed) =>
        mentions.Add(new Mention(type, tokens[first].Start, Span(first, end), end - first, listed));
}
