namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// The evidence for one word as feature keys: the word and its shape, its neighbours, what the dictionary and the
/// gazetteers know of it, where it stands in its sentence, what the rest of the text shows, and the tags already
/// given to the words before it.
/// </summary>
/// <remarks>Allocation-free: shapes and affixes are hashed straight from the text.</remarks>
internal static class TokenFeatures
{
    /// <summary>The most features one word can have; the buffer passed to <see cref="Static"/> and <see cref="Dynamic"/> together must hold this many.</summary>
    public const int Max = 64;

    /// <summary>The longest word lower-cased on the stack; a longer one (rare) on the heap.</summary>
    private const int MaxLowered = 64;

    /// <summary>
    /// Writes the keys of word <paramref name="i"/> that do not depend on the tags given before it (computed once a
    /// text, for both passes) to <paramref name="features"/> and returns how many: first the word's own
    /// (<see cref="Intrinsic"/>), then its context's (<see cref="Context"/>), in the order the tagger sums them.
    /// </summary>
    public static int Static(TaggingDocument doc, int i, Span<ulong> features)
    {
        int n = Intrinsic(doc, i, features, out WordFacts facts);
        return n + Context(doc, i, facts, features[n..]);
    }

    /// <summary>
    /// Returns the key of everything <see cref="Intrinsic"/> reads of word <paramref name="i"/>: its letters, its kind,
    /// whether it opens a sentence, and the language. Two words with one key have the same intrinsic features, so
    /// their weights can be summed once (<see cref="IntrinsicScoreCache"/>).
    /// </summary>
    public static ulong IntrinsicKey(TaggingDocument doc, int i)
    {
        FeatureHash hash = FeatureHash.Of(FeatureTemplate.Bias);
        hash.Add(doc.Word(i));
        hash.Add((char)((int)doc.Kinds[i] + (doc.Tokens[i].SentenceStart ? 8 : 0)));
        hash.Add(doc.Language);
        return hash.Value;
    }

    /// <summary>
    /// Writes the keys that follow from word <paramref name="i"/> alone (its letters and shape, what the dictionary
    /// and the gazetteers say of it, whether it opens a sentence) and returns how many; <paramref name="facts"/> gets
    /// the lookups <see cref="Context"/> combines with the text's evidence.
    /// </summary>
    /// <remarks>Reads nothing of the text but what <see cref="IntrinsicKey"/> keys: a feature added here that does breaks the cache.</remarks>
    public static int Intrinsic(TaggingDocument doc, int i, Span<ulong> features, out WordFacts facts)
    {
        int n = 0;
        ReadOnlySpan<char> word = doc.Word(i);
        bool start = doc.Tokens[i].SentenceStart;
        bool capitalized = doc.Kinds[i] == TaggingDocument.WordKind.Capitalized;
        Lexicon lexicon = doc.Lexicon;
        EntityGazetteer gazetteer = doc.Gazetteer;

        features[n++] = FeatureHash.Of(FeatureTemplate.Bias, 0);
        features[n++] = FeatureHash.Of(FeatureTemplate.Language, doc.Language);
        features[n++] = FeatureHash.Of(FeatureTemplate.Lower, word, lower: true);
        features[n++] = ShapeKey(FeatureTemplate.Shape, word);
        if (word.Length >= 3)
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.Suffix2, word[^2..], lower: true);
            features[n++] = FeatureHash.Of(FeatureTemplate.Suffix3, word[^3..], lower: true);
            features[n++] = FeatureHash.Of(FeatureTemplate.Prefix3, word[..3], lower: true);
        }

        if (word.Length >= 5)
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.Suffix4, word[^4..], lower: true);
        }

        features[n++] = FeatureHash.Of(FeatureTemplate.Start, start ? 1 : 0);

        bool common = capitalized && lexicon.IsCommonWord(word);
        bool exactCommon = common && lexicon.IsExactCommonWord(word);
        bool dictionaryName = lexicon.IsName(word);
        bool givenName = Contains(gazetteer.FirstNames, word);
        bool ambiguousGiven = givenName && Contains(gazetteer.AmbiguousFirstNames, word);
        bool nonName = Contains(doc.NonNames, word);
        features[n++] = FeatureHash.Of(FeatureTemplate.Common, (start ? 4 : 0) + (exactCommon ? 2 : 0) + (common ? 1 : 0));
        features[n++] = FeatureHash.Of(FeatureTemplate.Name, (start ? 2 : 0) + (dictionaryName ? 1 : 0));
        features[n++] = FeatureHash.Of(FeatureTemplate.GivenName, (start ? 4 : 0) + (ambiguousGiven ? 2 : 0) + (givenName ? 1 : 0));
        features[n++] = FeatureHash.Of(FeatureTemplate.NonName, (start ? 2 : 0) + (nonName ? 1 : 0));
        facts = (common ? WordFacts.Common : WordFacts.None) | (givenName || dictionaryName ? WordFacts.Name : WordFacts.None);

        if (gazetteer.IsLocation(word))
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.Place, 1);
        }

        if (Contains(gazetteer.Demonyms, word))
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.Nationality, 1);
        }

        if (Contains(gazetteer.OrganizationHeads, word))
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.OrganizationWord, 1);
        }

        Span<char> lower = word.Length <= MaxLowered ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (capitalized && gazetteer.HasOrganizationEnding(lower, before: 3))
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.OrganizationEnding, 1);
        }

        if (word.Length >= 6 && (word.EndsWith("sen", StringComparison.Ordinal) || word.EndsWith("son", StringComparison.Ordinal)))
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.Patronymic, 1);
        }

        if (capitalized && word.Length is >= 2 and <= 6 && NameShape.IsCapitals(word))
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.Acronym, word.Length);
            if (Contains(CueWords.Abbreviations, word))
            {
                features[n++] = FeatureHash.Of(FeatureTemplate.Abbreviation, 1);
            }
        }

        if (Contains(CueWords.NameParticles, lower) || word is "Vande" or "Vander" or "Vanden" or "Ver")
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.Particle, (start ? 2 : 0) + (char.IsUpper(word[0]) ? 1 : 0));
        }

        return n;
    }

    /// <summary>
    /// Writes the keys of word <paramref name="i"/> that come from the rest of the text: how the text writes the word
    /// elsewhere, listed names, line breaks and punctuation around it, its neighbours, bylines; returns how many.
    /// </summary>
    public static int Context(TaggingDocument doc, int i, WordFacts facts, Span<ulong> features)
    {
        int n = 0;
        NameToken token = doc.Tokens[i];
        bool start = token.SentenceStart;
        EntityGazetteer gazetteer = doc.Gazetteer;

        bool writtenLower = doc.WrittenLowerElsewhere(i);
        bool midCapital = doc.CapitalizedMidSentence(i);
        features[n++] = FeatureHash.Of(FeatureTemplate.DocumentLower, (start ? 2 : 0) + (writtenLower ? 1 : 0));
        features[n++] = FeatureHash.Of(FeatureTemplate.DocumentMidCapital, (start ? 2 : 0) + (midCapital ? 1 : 0));

        // The evidence a capital at a sentence start needs: one code for the combination, which a linear model cannot form.
        int evidence = (start ? 16 : 0) + ((facts & WordFacts.Common) != 0 ? 8 : 0) + (writtenLower ? 4 : 0) + (midCapital ? 2 : 0) +
            ((facts & WordFacts.Name) != 0 ? 1 : 0);
        features[n++] = FeatureHash.Of(FeatureTemplate.Evidence, evidence);

        TaggingDocument.ListedMark mark = doc.Listed[i];
        if (mark != TaggingDocument.ListedMark.None)
        {
            bool begin = i == 0 || doc.Listed[i - 1] != mark || !doc.JoinsPrevious(i);
            features[n++] = FeatureHash.Of(FeatureTemplate.Listed, ((int)mark * 2) + (begin ? 1 : 0));
        }

        features[n++] = FeatureHash.Of(FeatureTemplate.Break, (token.PrecededByBreak ? 2 : 0) + (doc.JoinsPrevious(i) ? 1 : 0));
        features[n++] = FeatureHash.Of(FeatureTemplate.Punctuation, (PunctuationBefore(doc.Text, token.Start) * 10) + PunctuationAfter(doc.Text, token.End));

        // Neighbours.
        if (i > 0)
        {
            ReadOnlySpan<char> before = doc.Word(i - 1);
            features[n++] = FeatureHash.Of(FeatureTemplate.PreviousLower, before, lower: true);
            features[n++] = ShapeKey(FeatureTemplate.PreviousShape, before);
            if (char.IsLower(before[0]) && Contains(doc.Titles, before) && !token.PrecededByBreak)
            {
                features[n++] = FeatureHash.Of(FeatureTemplate.Title, 1);
            }

            if (Contains(CueWords.SpeechVerbs, before) && !token.PrecededByBreak)
            {
                features[n++] = FeatureHash.Of(FeatureTemplate.SpeechVerb, 1);
            }

            if (i > 1)
            {
                features[n++] = FeatureHash.Of(FeatureTemplate.PreviousPreviousLower, doc.Word(i - 2), lower: true);
            }

            if (doc.JoinsPrevious(i) && char.IsUpper(before[0]))
            {
                bool previousGiven = Contains(gazetteer.FirstNames, before) || IsInitial(before);
                features[n++] = FeatureHash.Of(FeatureTemplate.AfterGivenName, (previousGiven ? 2 : 0) + (IsParticle(before) ? 1 : 0));
            }
        }

        if (i + 1 < doc.Tokens.Count)
        {
            ReadOnlySpan<char> after = doc.Word(i + 1);
            bool joins = doc.JoinsPrevious(i + 1);
            features[n++] = FeatureHash.Of(FeatureTemplate.NextLower, after, lower: true);
            features[n++] = ShapeKey(FeatureTemplate.NextShape, after, joins ? '+' : '|');
            if (Contains(CueWords.SpeechVerbs, after) && joins)
            {
                features[n++] = FeatureHash.Of(FeatureTemplate.SpeechVerb, 2);
            }

            if (i + 2 < doc.Tokens.Count)
            {
                features[n++] = ShapeKey(FeatureTemplate.NextNextShape, doc.Word(i + 2), doc.JoinsPrevious(i + 2) ? '+' : '|');
            }
        }

        if (doc.OnShortLine(i))
        {
            features[n++] = FeatureHash.Of(FeatureTemplate.Byline, 1);
        }

        return n;
    }

    /// <summary>True when <paramref name="set"/> holds <paramref name="word"/> under the set's own comparer, with no string made for the word.</summary>
    private static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when <paramref name="word"/>, lower-cased, is a name particle (<c>van</c>, <c>de</c>, <c>von</c>).</summary>
    private static bool IsParticle(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= MaxLowered ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Contains(CueWords.NameParticles, lower);
    }

    /// <summary>Writes the keys of word <paramref name="i"/> that depend on the tags before it and on the first pass, and returns how many.</summary>
    public static int Dynamic(TaggingDocument doc, int i, EntityTag previous, EntityTag beforePrevious, Span<ulong> features)
    {
        int n = 0;
        ReadOnlySpan<char> word = doc.Word(i);
        bool start = doc.Tokens[i].SentenceStart;
        if (doc.FirstPass is TaggingDocument.Elsewhere[] firstPass)
        {
            var elsewhere = firstPass[i];
            features[n++] = FeatureHash.Of(FeatureTemplate.DocumentOther, (start ? 64 : 0) + (int)elsewhere);
            for (int bit = 1; bit <= 32; bit <<= 1)
            {
                if (((int)elsewhere & bit) != 0)
                {
                    FeatureHash flag = FeatureHash.Of(FeatureTemplate.DocumentFlag);
                    flag.Add((char)bit);
                    flag.Add(start ? 's' : 'm');
                    features[n++] = flag.Value;
                }
            }
        }

        // What the words before were tagged.
        features[n++] = FeatureHash.Of(FeatureTemplate.PreviousTag, (int)previous);
        features[n++] = FeatureHash.Of(FeatureTemplate.PreviousTags, ((int)beforePrevious * EntityTags.Count) + (int)previous);
        FeatureHash tagged = FeatureHash.Of(FeatureTemplate.PreviousTagLower);
        tagged.Add((char)('0' + (int)previous));
        tagged.Add(word, lower: true);
        features[n++] = tagged.Value;
        FeatureHash taggedShape = FeatureHash.Of(FeatureTemplate.PreviousTagShape);
        taggedShape.Add((char)('0' + (int)previous));
        AddShape(ref taggedShape, word);
        features[n++] = taggedShape.Value;
        return n;
    }

    /// <summary>The shape of a word with runs collapsed: <c>Xx</c>, <c>X</c>, <c>X.X.</c>, <c>Xx-Xx</c>, <c>dX</c>.</summary>
    private static ulong ShapeKey(FeatureTemplate template, ReadOnlySpan<char> word, char suffix = '\0')
    {
        FeatureHash hash = FeatureHash.Of(template);
        AddShape(ref hash, word);
        hash.Add(suffix);
        return hash.Value;
    }

    private static void AddShape(ref FeatureHash hash, ReadOnlySpan<char> word)
    {
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            if (run <= 2)
            {
                hash.Add(s);
            }

            last = s;
        }

        hash.Add('\u0002');
    }

    /// <summary>The class of the first character that is not a space after a word: 0 a word, 1 a sentence end, 2 a comma, 3 a quote, 4 a line end or the end, 5 other, 6 an opening bracket, 7 a closing one.</summary>
    private static int PunctuationAfter(string text, int end)
    {
        for (int k = end; k < text.Length; k++)
        {
            char c = text[k];
            if (c == ' ')
            {
                continue;
            }

            return Classify(c);
        }

        return 4;
    }

    /// <summary>The class of the last character that is not a space before a word, as <see cref="PunctuationAfter"/>.</summary>
    private static int PunctuationBefore(string text, int start)
    {
        for (int k = start - 1; k >= 0; k--)
        {
            char c = text[k];
            if (c == ' ')
            {
                continue;
            }

            return Classify(c);
        }

        return 4;
    }

    private static int Classify(char c) => c switch
    {
        _ when char.IsLetterOrDigit(c) => 0,
        '.' or '!' or '?' or ':' or ';' => 1,
        ',' => 2,
        '(' or '[' => 6,
        ')' or ']' => 7,
        '"' or '\'' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' => 3,
        '\n' or '\r' => 4,
        _ => 5,
    };

    /// <summary>An initial (<c>J.</c>, <c>E.M.</c>, <c>J</c>).</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) && (word.Length == 1 || (word[^1] == '.' && (word.Length == 2 || word[^3] == '.')));

}
