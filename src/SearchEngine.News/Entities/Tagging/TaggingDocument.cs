using System.Runtime.InteropServices;

namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// One text prepared for tagging: its words (<see cref="NameTokenizer"/>), which of them may carry a name tag, and
/// what the whole text says about each word (written in lower case elsewhere, capitalised inside a sentence
/// elsewhere, part of a listed name), computed once before the words are tagged.
/// </summary>
internal sealed class TaggingDocument
{
    private const int LongestListedName = 8;

    /// <summary>Room for the static features of one word on average; a text with more grows its store once or twice.</summary>
    private const int StaticFeaturesPerWord = 44;

    private readonly HashSet<ulong> lowerCaseWords;
    private readonly HashSet<ulong> midSentenceCapitals;
    private readonly bool[] shortLine;
    private readonly int[] staticStarts;
    private readonly int[] staticCounts;
    private ulong[] staticFeatures;
    private int staticUsed;
    private FeatureMode staticMode;

    public TaggingDocument(string text, string language, EntityGazetteer gazetteer, Lexicon lexicon)
    {
        Text = text;
        Language = language;
        Gazetteer = gazetteer;
        Lexicon = lexicon;
        Tokens = NameTokenizer.Tokenize(text);
        Kinds = new WordKind[Tokens.Count];
        Listed = new ListedMark[Tokens.Count];
        shortLine = new bool[Tokens.Count];
        staticStarts = new int[Tokens.Count];
        staticCounts = new int[Tokens.Count];
        Array.Fill(staticCounts, -1);
        Titles = gazetteer.Titles[language];
        NonNames = gazetteer.NonNames[language];
        lowerCaseWords = new HashSet<ulong>(Tokens.Count);
        midSentenceCapitals = new HashSet<ulong>(Tokens.Count / 4);
        for (int i = 0; i < Tokens.Count; i++)
        {
            NameToken token = Tokens[i];
            ReadOnlySpan<char> word = Word(i);
            if (char.IsLower(word[0]))
            {
                lowerCaseWords.Add(FeatureHash.Word(word));
            }
            else if (!token.SentenceStart && char.IsUpper(word[0]))
            {
                midSentenceCapitals.Add(FeatureHash.Word(word));
            }
        }

        int scored = 0;
        for (int i = 0; i < Tokens.Count; i++)
        {
            Kinds[i] = KindOf(i);
            scored += Kinds[i] == WordKind.Other ? 0 : 1;
        }

        staticFeatures = new ulong[Math.Max(scored * StaticFeaturesPerWord, TokenFeatures.Max)];

        MarkListedNames();
        MarkShortLines();
    }

    /// <summary>How a word may be tagged.</summary>
    public enum WordKind : byte
    {
        /// <summary>Never part of a name (lower case, a number, a heading in capitals).</summary>
        Other,

        /// <summary>A capitalised word (or capitals and digits): may begin or continue a name.</summary>
        Capitalized,

        /// <summary>A lower-case particle or connector, or a channel number: may only continue a name.</summary>
        Continuation,
    }

    /// <summary>Which listed name a word is part of, from the gazetteers, longest spelling first.</summary>
    public enum ListedMark : byte
    {
        None,
        Organization,
        Person,
        Place,
    }

    public string Text { get; }

    public string Language { get; }

    public EntityGazetteer Gazetteer { get; }

    public Lexicon Lexicon { get; }

    public List<NameToken> Tokens { get; }

    public WordKind[] Kinds { get; }

    public ListedMark[] Listed { get; }

    public HashSet<string> Titles { get; }

    public HashSet<string> NonNames { get; }

    /// <summary>
    /// Gets, per word, what a first tagging pass said about the same word elsewhere in the text (a set of
    /// <see cref="Elsewhere"/> flags), or null before <see cref="SetFirstPass"/>: a name tagged once is likely the same
    /// name where its context says less (a sentence start, a surname alone).
    /// </summary>
    public Elsewhere[]? FirstPass { get; private set; }

    /// <summary>What a first pass tagged the other occurrences of a word.</summary>
    [Flags]
    public enum Elsewhere : byte
    {
        None = 0,
        Person = 1,
        Organization = 2,
        Outside = 4,
        SurnameOfPerson = 8,
        InsideOrganization = 16,
        FirstOfPerson = 32,
    }

    /// <summary>Records what <paramref name="tags"/> (a first pass over this text) say about each word's other occurrences.</summary>
    public void SetFirstPass(ReadOnlySpan<EntityTag> tags)
    {
        // Per distinct word (its key), how often the first pass tagged it each way.
        var counts = new Dictionary<ulong, FirstPassCounts>();
        var keys = new ulong[Tokens.Count];
        for (int i = 0; i < Tokens.Count; i++)
        {
            if (Kinds[i] != WordKind.Capitalized)
            {
                continue;
            }

            ulong key = Key(i);
            keys[i] = key;
            ref FirstPassCounts seen = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
            EntityTag tag = tags[i];
            switch (tag)
            {
                case EntityTag.BeginPerson or EntityTag.InsidePerson:
                    seen.Person++;
                    break;
                case EntityTag.BeginOrganization or EntityTag.InsideOrganization:
                    seen.Organization++;
                    break;
                default:
                    seen.Outside++;
                    break;
            }

            seen.Surname += IsSurname(tags, i) ? 1 : 0;
            seen.First += IsFirstName(tags, i) ? 1 : 0;
            seen.InsideOrganization += IsInOrganization(tags, i) ? 1 : 0;
        }

        var firstPass = new Elsewhere[Tokens.Count];
        for (int i = 0; i < Tokens.Count; i++)
        {
            if (Kinds[i] != WordKind.Capitalized)
            {
                continue;
            }

            FirstPassCounts seen = counts[keys[i]];
            EntityTag own = tags[i];
            int person = seen.Person - (own is EntityTag.BeginPerson or EntityTag.InsidePerson ? 1 : 0);
            int organization = seen.Organization - (own is EntityTag.BeginOrganization or EntityTag.InsideOrganization ? 1 : 0);
            int outside = seen.Outside - (own == EntityTag.Outside ? 1 : 0);
            Elsewhere flags = Elsewhere.None;
            flags |= person > 0 ? Elsewhere.Person : Elsewhere.None;
            flags |= organization > 0 ? Elsewhere.Organization : Elsewhere.None;
            flags |= outside > 0 ? Elsewhere.Outside : Elsewhere.None;
            flags |= seen.Surname - (IsSurname(tags, i) ? 1 : 0) > 0 ? Elsewhere.SurnameOfPerson : Elsewhere.None;
            flags |= seen.First - (IsFirstName(tags, i) ? 1 : 0) > 0 ? Elsewhere.FirstOfPerson : Elsewhere.None;
            flags |= seen.InsideOrganization - (IsInOrganization(tags, i) ? 1 : 0) > 0 ? Elsewhere.InsideOrganization : Elsewhere.None;
            firstPass[i] = flags;
        }

        FirstPass = firstPass;
    }

    /// <summary>True when word <paramref name="i"/> ends a person's name of two or more words.</summary>
    private static bool IsSurname(ReadOnlySpan<EntityTag> tags, int i) =>
        tags[i] == EntityTag.InsidePerson && !(i + 1 < tags.Length && tags[i + 1] == EntityTag.InsidePerson);

    /// <summary>True when word <paramref name="i"/> begins a person's name of two or more words.</summary>
    private static bool IsFirstName(ReadOnlySpan<EntityTag> tags, int i) =>
        tags[i] == EntityTag.BeginPerson && i + 1 < tags.Length && tags[i + 1] == EntityTag.InsidePerson;

    /// <summary>True when word <paramref name="i"/> is part of an organization's name of two or more words.</summary>
    private static bool IsInOrganization(ReadOnlySpan<EntityTag> tags, int i) =>
        tags[i] == EntityTag.InsideOrganization || (tags[i] == EntityTag.BeginOrganization && i + 1 < tags.Length && tags[i + 1] == EntityTag.InsideOrganization);

    /// <summary>How often the first pass tagged one word (all its occurrences) each way.</summary>
    private struct FirstPassCounts
    {
        public int Person;
        public int Organization;
        public int Outside;
        public int Surname;
        public int First;
        public int InsideOrganization;
    }

    /// <summary>Returns this document as the first pass sees it: the same words, no first-pass evidence.</summary>
    public TaggingDocument WithoutFirstPass() => FirstPass is null ? this : new TaggingDocument(Text, Language, Gazetteer, Lexicon);

    /// <summary>The key of a word as the first pass compares it: a genitive <c>s</c> or apostrophe dropped.</summary>
    private ulong Key(int i)
    {
        ReadOnlySpan<char> word = Word(i);
        int stem = Genitive.HasApostrophe(word) ? Genitive.StrippedLength(word) : -1;
        return FeatureHash.Word(stem < 0 ? word : word[..stem]);
    }

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>True when word <paramref name="i"/> stands on a line of at most three words and no punctuation: a byline or a signature.</summary>
    public bool OnShortLine(int i) => shortLine[i];

    /// <summary>Returns the features of word <paramref name="i"/> that no tag changes (<see cref="TokenFeatures.Static"/>), computed on first use.</summary>
    /// <exception cref="InvalidOperationException">The text is tagged through <see cref="ContextFeatures"/>.</exception>
    public ReadOnlySpan<ulong> StaticFeatures(int i) => FixedFeatures(i, contextOnly: false, facts: WordFacts.None);

    /// <summary>
    /// Returns the context features of word <paramref name="i"/> (<see cref="TokenFeatures.Context"/>), computed on first
    /// use, for a tagger that has its intrinsic features' weights summed already (<see cref="IntrinsicScoreCache"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The text is tagged through <see cref="StaticFeatures"/>.</exception>
    public ReadOnlySpan<ulong> ContextFeatures(int i, WordFacts facts) => FixedFeatures(i, contextOnly: true, facts);

    private ReadOnlySpan<ulong> FixedFeatures(int i, bool contextOnly, WordFacts facts)
    {
        if (staticMode != (contextOnly ? FeatureMode.ContextOnly : FeatureMode.Static))
        {
            if (staticMode != FeatureMode.None)
            {
                throw new InvalidOperationException("A text is tagged with all its fixed features or with its context features only, not both.");
            }

            staticMode = contextOnly ? FeatureMode.ContextOnly : FeatureMode.Static;
        }

        if (staticCounts[i] < 0)
        {
            Span<ulong> buffer = stackalloc ulong[TokenFeatures.Max];
            int n = contextOnly ? TokenFeatures.Context(this, i, facts, buffer) : TokenFeatures.Static(this, i, buffer);
            if (staticFeatures.Length < staticUsed + n)
            {
                Array.Resize(ref staticFeatures, Math.Max(staticFeatures.Length * 2, staticUsed + n));
            }

            buffer[..n].CopyTo(staticFeatures.AsSpan(staticUsed));
            staticStarts[i] = staticUsed;
            staticCounts[i] = n;
            staticUsed += n;
        }

        return staticFeatures.AsSpan(staticStarts[i], staticCounts[i]);
    }

    /// <summary>Which fixed features a text keeps: none yet, all, or the context's only.</summary>
    private enum FeatureMode : byte
    {
        None,
        Static,
        ContextOnly,
    }

    /// <summary>True when word <paramref name="i"/> is a connector that joins the parts of an organization's name only (<c>og</c>, <c>en</c>, <c>&amp;</c>), never a person's.</summary>
    public bool JoinsOrganizationsOnly(int i) => OrganizationConnectors.Contains(Word(i));

    /// <summary>True when the word, lower-cased, is written in lower case somewhere in the text.</summary>
    public bool WrittenLowerElsewhere(int i)
    {
        ReadOnlySpan<char> word = Word(i);
        if (word.Length > 64)
        {
            return false;
        }

        return lowerCaseWords.Contains(FeatureHash.Word(word, lower: true));
    }

    /// <summary>True when the word is written capitalised inside a sentence somewhere in the text.</summary>
    public bool CapitalizedMidSentence(int i) => midSentenceCapitals.Contains(FeatureHash.Word(Word(i)));

    /// <summary>True when nothing but spaces separates word <paramref name="i"/> from the one before, on the same line.</summary>
    public bool JoinsPrevious(int i) =>
        i > 0 && !Tokens[i].PrecededByBreak && Text.AsSpan(Tokens[i - 1].End, Tokens[i].Start - Tokens[i - 1].End).IndexOf('\n') < 0;

    private WordKind KindOf(int i)
    {
        NameToken token = Tokens[i];
        ReadOnlySpan<char> word = Word(i);
        if (token.LineIsUpperCase)
        {
            return WordKind.Other;
        }

        bool digits = word.IndexOfAnyInRange('0', '9') >= 0;
        if (char.IsUpper(word[0]))
        {
            return !digits || (word.Length <= 5 && NameShape.IsCapitals(word)) ? WordKind.Capitalized : WordKind.Other;
        }

        if (i == 0 || !JoinsPrevious(i))
        {
            return WordKind.Other;
        }

        if (digits)
        {
            // A channel number after a broadcaster: TV 1, Ned 3, BBC 2.
            return word.Length <= 2 && char.IsUpper(Text[Tokens[i - 1].Start]) ? WordKind.Continuation : WordKind.Other;
        }

        if (!Connectors.Contains(word))
        {
            return WordKind.Other;
        }

        // A connector continues a name when a capitalised word follows it, after at most two more connectors (van der Meer).
        for (int k = i + 1; k < Tokens.Count && k <= i + 3 && JoinsPrevious(k); k++)
        {
            ReadOnlySpan<char> next = Word(k);
            if (char.IsUpper(next[0]))
            {
                return WordKind.Continuation;
            }

            if (!Connectors.Contains(next))
            {
                break;
            }
        }

        return WordKind.Other;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "van", "voor", "de", "het", "der", "den", "ter", "ten", "te", "in", "op", "tegen", "of", "for", "the", "af", "i",
        "til", "mod", "på", "des", "du", "pour", "von", "zu", "da", "di", "del", "della", "dos", "le", "la", "bin", "ibn",
        "al", "el", "y", "og", "en", "and", "und", "et", "&", "for", "om", "over", "met",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationConnectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "og", "en", "and", "und", "et", "&", "for", "voor", "in", "op", "tegen", "of", "the", "i", "til", "mod", "på", "om", "over", "met", "pour",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Marks the words of every line of at most three words, 40 characters and no punctuation.</summary>
    private void MarkShortLines()
    {
        int t = 0;
        int lineStart = 0;
        while (lineStart <= Text.Length && t < Tokens.Count)
        {
            int lineEnd = Text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? Text.Length : lineEnd;
            ReadOnlySpan<char> line = Text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            bool isShort = line.Length <= 40 && line.IndexOfAny(".,:?!") < 0 && line.Count(' ') <= 2;
            while (t < Tokens.Count && Tokens[t].Start < lineEnd)
            {
                shortLine[t++] = isShort;
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>Marks every word inside a listed organization, person or place, longest spelling first.</summary>
    private void MarkListedNames()
    {
        int i = 0;
        while (i < Tokens.Count)
        {
            if (Kinds[i] != WordKind.Capitalized)
            {
                i++;
                continue;
            }

            int matched = MatchListed(i);
            i += Math.Max(matched, 1);
        }
    }

    private int MatchListed(int first)
    {
        if (!Gazetteer.MayStartListedName(Word(first)))
        {
            return 0;
        }

        int limit = first + 1;
        while (limit < Tokens.Count && limit - first < LongestListedName && Kinds[limit] != WordKind.Other && JoinsPrevious(limit))
        {
            limit++;
        }

        for (int end = limit; end > first; end--)
        {
            if (Kinds[end - 1] != WordKind.Capitalized && end - 1 > first)
            {
                continue;
            }

            ReadOnlySpan<char> span = Text.AsSpan(Tokens[first].Start, Tokens[end - 1].End - Tokens[first].Start);
            int stemLength = Genitive.StrippedLength(span);
            ReadOnlySpan<char> stem = stemLength < 0 ? default : span[..stemLength];
            ListedMark mark = ListedMark.None;
            if ((Gazetteer.FindOrganization(span) ?? (stemLength < 0 ? null : Gazetteer.FindOrganization(stem))) is not null)
            {
                mark = ListedMark.Organization;
            }
            else if (end - first >= 2 && (Gazetteer.FindPerson(span.ToString()) ?? (stemLength < 0 ? null : Gazetteer.FindPerson(stem.ToString()))) is not null)
            {
                mark = ListedMark.Person;
            }
            else if (Gazetteer.IsLocation(span) || (stemLength >= 0 && Gazetteer.IsLocation(stem)))
            {
                mark = ListedMark.Place;
            }

            if (mark != ListedMark.None)
            {
                for (int k = first; k < end; k++)
                {
                    Listed[k] = mark;
                }

                return end - first;
            }
        }

        return 0;
    }
}
