using System.Text;
using SearchEngine.News.Facets;

namespace SearchEngine.News.Entities;

/// <summary>
/// The facts the entity rules rely on, loaded once from the embedded lists in <c>Entities/Resources</c>: given
/// names, places, nationality words, well-known organizations and persons with their spellings across
/// languages, titles that precede a name, words that make a name an organization, and capitalised words that
/// are not names.
/// </summary>
internal sealed class EntityGazetteer
{
    private static readonly Lazy<EntityGazetteer> Instance = new(() => new EntityGazetteer());

    private readonly Dictionary<string, GazetteerEntry> organizations = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalsOnly = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry?> personsBySurnameSpelling = new(StringComparer.Ordinal);
    private readonly HashSet<string> locations = new(StringComparer.Ordinal);
    private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> organizationSuffixes = new(StringComparer.Ordinal);
    private readonly int[] organizationSuffixLengths;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> organizationSuffixLookup;
    private readonly Dictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> organizationLookup;
    private readonly Dictionary<string, GazetteerEntry?>.AlternateLookup<ReadOnlySpan<char>> surnameLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> capitalsOnlyLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> locationLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWordLookup;

    private EntityGazetteer()
    {
        FirstNames = GazetteerFile.ReadWords("first-names.txt");
        AmbiguousFirstNames = GazetteerFile.ReadWords("first-names-ambiguous.txt");
        FirstNames.UnionWith(AmbiguousFirstNames);
        Demonyms = GazetteerFile.ReadWords("demonyms.txt");
        foreach (string[] entry in GazetteerFile.ReadEntries("locations.txt"))
        {
            foreach (string spelling in entry)
            {
                locations.Add(Compact(spelling));
                firstWords.Add(Compact(FirstWord(spelling)));
            }
        }

        LoadOrganizations();
        LoadPersons();
        Titles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["da"] = LastWords(GazetteerFile.ReadWords("person-titles.da.txt")),
            ["nl"] = LastWords(GazetteerFile.ReadWords("person-titles.nl.txt")),
        };
        NonNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["da"] = GazetteerFile.ReadWords("non-names.da.txt"),
            ["nl"] = GazetteerFile.ReadWords("non-names.nl.txt"),
        };
        LoadOrganizationHeads();
        organizationSuffixLengths = [.. organizationSuffixes.Select(suffix => suffix.Length).Distinct().Order()];
        organizationSuffixLookup = organizationSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        organizationLookup = organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        surnameLookup = personsBySurnameSpelling.GetAlternateLookup<ReadOnlySpan<char>>();
        capitalsOnlyLookup = capitalsOnly.GetAlternateLookup<ReadOnlySpan<char>>();
        locationLookup = locations.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordLookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the shared instance, loading the lists on first use.</summary>
    public static EntityGazetteer Default => Instance.Value;

    /// <summary>Gets the given names, ambiguous ones included.</summary>
    public HashSet<string> FirstNames { get; }

    /// <summary>Gets the given names that are also frequent ordinary words (<c>Bent</c>, <c>Per</c>).</summary>
    public HashSet<string> AmbiguousFirstNames { get; }

    /// <summary>Gets the nationality adjectives and nouns (<c>Russische</c>, <c>Belgen</c>).</summary>
    public HashSet<string> Demonyms { get; }

    /// <summary>Gets, per language, the lower-case words that precede a person's name (<c>præsident</c>).</summary>
    public Dictionary<string, HashSet<string>> Titles { get; }

    /// <summary>Gets, per language, capitalised words that are never a name by themselves.</summary>
    public Dictionary<string, HashSet<string>> NonNames { get; }

    /// <summary>Gets the words that make a name ending or starting with them an organization (<c>Bank</c>, <c>A/S</c>).</summary>
    public HashSet<string> OrganizationHeads { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="lower"/> (a lower-case word) ends with an ending that makes a single compound word an
    /// organization (<c>partiet</c>, <c>ministerie</c>) after at least <paramref name="before"/> more characters: one
    /// lookup per distinct ending length, not one comparison per ending.
    /// </summary>
    public bool HasOrganizationEnding(ReadOnlySpan<char> lower, int before)
    {
        foreach (int length in organizationSuffixLengths)
        {
            if (lower.Length >= length + before && organizationSuffixLookup.Contains(lower[^length..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the comparison form of a name for the place and organization lists: folded (lower case, no
    /// diacritics), letters, digits and <c>&amp;</c> only, so <c>B.T.</c> equals <c>BT</c> and
    /// <c>Sikkerhedstraktat Organisation</c> equals <c>Sikkerhedstraktatorganisation</c>.
    /// </summary>
    public static string Compact(string name)
    {
        Span<char> key = name.Length <= FacetFolding.MaxStackLength ? stackalloc char[FacetFolding.MaxFoldedLength(name.Length)] : new char[FacetFolding.MaxFoldedLength(name.Length)];
        return new string(key[..Compact(name, key)]);
    }

    /// <summary>Writes the <see cref="Compact(string)"/> form of <paramref name="name"/> to <paramref name="destination"/> (at least <see cref="FacetFolding.MaxFoldedLength"/> characters) and returns its length.</summary>
    public static int Compact(ReadOnlySpan<char> name, Span<char> destination)
    {
        int folded = FacetFolding.Fold(name, destination);
        int kept = 0;
        for (int i = 0; i < folded; i++)
        {
            char c = destination[i];
            if (char.IsLetterOrDigit(c) || c == '&')
            {
                destination[kept++] = c;
            }
        }

        return kept;
    }

    /// <summary>Returns true when <paramref name="name"/> is a listed place.</summary>
    public bool IsLocation(ReadOnlySpan<char> name)
    {
        Span<char> key = name.Length <= FacetFolding.MaxStackLength ? stackalloc char[FacetFolding.MaxFoldedLength(name.Length)] : new char[FacetFolding.MaxFoldedLength(name.Length)];
        return locationLookup.Contains(key[..Compact(name, key)]);
    }

    /// <summary>
    /// Returns the listed organization <paramref name="name"/> spells, or null. An acronym of up to three
    /// letters matches only in capitals: <c>IS</c> and <c>DR</c> are listed, the words <c>Is</c> and <c>Dr</c> are not them.
    /// </summary>
    public GazetteerEntry? FindOrganization(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= FacetFolding.MaxStackLength ? stackalloc char[FacetFolding.MaxFoldedLength(name.Length)] : new char[FacetFolding.MaxFoldedLength(name.Length)];
        ReadOnlySpan<char> key = buffer[..Compact(name, buffer)];
        if (key.Length < 2 || !organizationLookup.TryGetValue(key, out GazetteerEntry? entry))
        {
            return null;
        }

        return capitalsOnlyLookup.Contains(key) && !NameShape.IsCapitals(name) ? null : entry;
    }

    /// <summary>
    /// True when <paramref name="word"/> (or it without a genitive) can open a listed organization, place or person:
    /// a cheap test that spares the lookups of every longer span starting with a word no listed name starts with.
    /// </summary>
    public bool MayStartListedName(ReadOnlySpan<char> word)
    {
        Span<char> key = word.Length <= FacetFolding.MaxStackLength ? stackalloc char[FacetFolding.MaxFoldedLength(word.Length)] : new char[FacetFolding.MaxFoldedLength(word.Length)];
        if (firstWordLookup.Contains(key[..Compact(word, key)]))
        {
            return true;
        }

        int stem = Genitive.StrippedLength(word);
        return stem >= 0 && firstWordLookup.Contains(key[..Compact(word[..stem], key)]);
    }

    /// <summary>Returns the listed person whose full name <paramref name="name"/> spells in any transliteration, or null.</summary>
    public GazetteerEntry? FindPerson(string name) => persons.GetValueOrDefault(NameKey.Of(name));

    /// <summary>
    /// Returns the one listed person one of whose spellings ends in <paramref name="surname"/> exactly (case and
    /// diacritics aside), or null when none or several: no transliteration key, so a short common word never
    /// matches a foreign surname (<c>Han</c> is not <c>Khan</c>).
    /// </summary>
    public GazetteerEntry? FindPersonBySurnameSpelling(ReadOnlySpan<char> surname)
    {
        Span<char> key = surname.Length <= FacetFolding.MaxStackLength ? stackalloc char[FacetFolding.MaxFoldedLength(surname.Length)] : new char[FacetFolding.MaxFoldedLength(surname.Length)];
        return surnameLookup.TryGetValue(key[..Compact(surname, key)], out GazetteerEntry? entry) ? entry : null;
    }

    private void LoadOrganizations()
    {
        foreach (string[] spellings in GazetteerFile.ReadEntries("organizations.txt"))
        {
            var entry = new GazetteerEntry(spellings[0], spellings[1..]);
            foreach (string spelling in spellings)
            {
                // The first line naming a spelling keeps it: an acronym shared by two bodies means the listed-first one.
                string key = Compact(spelling);
                firstWords.Add(Compact(FirstWord(spelling)));
                // Short acronyms collide with words (IS and Is, DR and Dr); longer ones are also written Nato, Fifa.
                if (organizations.TryAdd(key, entry) && NameShape.IsCapitals(spelling) && key.Length <= 3)
                {
                    capitalsOnly.Add(key);
                }
                else if (!NameShape.IsCapitals(spelling))
                {
                    capitalsOnly.Remove(key);
                }
            }
        }
    }

    private void LoadPersons()
    {
        foreach (string[] spellings in GazetteerFile.ReadEntries("persons.txt"))
        {
            var entry = new GazetteerEntry(spellings[0], spellings[1..]);
            var spelledSurnames = new HashSet<string>(StringComparer.Ordinal);
            foreach (string spelling in spellings)
            {
                persons.TryAdd(NameKey.Of(spelling), entry);
                firstWords.Add(Compact(FirstWord(spelling)));
                int space = spelling.LastIndexOf(' ');
                if (space > 0)
                {
                    spelledSurnames.Add(Compact(spelling[(space + 1)..]));
                }
            }

            foreach (string surname in spelledSurnames)
            {
                // Two listed people sharing a surname (the Bushes) make a surname alone mean neither.
                personsBySurnameSpelling[surname] = personsBySurnameSpelling.ContainsKey(surname) ? null : entry;
            }
        }
    }

    private void LoadOrganizationHeads()
    {
        bool suffixes = false;
        foreach (string[] entry in GazetteerFile.ReadEntries("org-heads.txt"))
        {
            if (entry[0][0] == '[')
            {
                suffixes = entry[0] == "[suffixes]";
                continue;
            }

            foreach (string word in entry)
            {
                if (suffixes)
                {
                    organizationSuffixes.Add(word.ToLowerInvariant());
                }
                else
                {
                    OrganizationHeads.Add(word);
                }
            }
        }
    }

    /// <summary>The first word of a spelling as the text tokenizer splits it (<c>Europa-Kommissionen</c> stays whole, <c>B.T.</c> too).</summary>
    private static string FirstWord(string spelling)
    {
        List<NameToken> tokens = NameTokenizer.Tokenize(spelling);
        return tokens.Count == 0 ? spelling : spelling.Substring(tokens[0].Start, tokens[0].Length);
    }

    private static HashSet<string> LastWords(HashSet<string> phrases)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string phrase in phrases)
        {
            int space = phrase.LastIndexOf(' ');
            words.Add(space < 0 ? phrase : phrase[(space + 1)..]);
        }

        return words;
    }
}
