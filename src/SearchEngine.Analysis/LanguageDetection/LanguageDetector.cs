using System.Globalization;

namespace SearchEngine.Analysis.LanguageDetection;

/// <summary>
/// Tells Danish from Dutch, for whole articles and for queries of a word or two, with a naive-Bayes model
/// over character 1-4-grams and frequent whole words (see tools/langdetect/train.py).
/// </summary>
/// <remarks>
/// Text is split into letter runs and lower-cased; each run is padded with '_' so that n-grams see word
/// starts and ends ("_og_", "ij", "aa", "æ" and "ø" come out of the n-grams). Every feature the model holds
/// adds ln P(feature | da) - ln P(feature | nl) to a margin; the k-th repeat of a word counts 1/k, so a
/// list repeating "(Fra)" or one club name cannot outvote the rest of the text. Detection hashes n-grams
/// on the fly into the model's fixed table and allocates nothing.
/// </remarks>
public sealed class LanguageDetector
{
    /// <summary>The ISO 639-1 code of Danish, as <see cref="DetectionResult.Language"/> reports it.</summary>
    public const string Danish = "da";

    /// <summary>The ISO 639-1 code of Dutch, as <see cref="DetectionResult.Language"/> reports it.</summary>
    public const string Dutch = "nl";

    // The padding character of the model's n-grams; text never yields it inside a word (it is no letter).
    private const char Boundary = '_';

    // Direct-mapped cache of recent words for the 1/k repeat weighting: collisions only weaken the damping,
    // and a fixed size keeps it on the stack.
    private const int RepeatSlots = 256;
    private const int RepeatShift = 56;

    private static readonly Lazy<LanguageDetector> DefaultInstance = new(() => new LanguageDetector(LanguageModel.LoadEmbedded()));

    private readonly LanguageModel model;

    internal LanguageDetector(LanguageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
    }

    /// <summary>Gets the detector over the embedded model, loaded once on first use and safe to share between threads.</summary>
    public static LanguageDetector Default => DefaultInstance.Value;

    /// <summary>Returns the more likely of Danish and Dutch for a text, with its posterior probability.</summary>
    /// <param name="text">Any text: an article, a query, or nothing at all.</param>
    /// <returns>
    /// The language with the higher posterior (Danish on a tie, including text without evidence) and a
    /// confidence in [0.5, 1], exactly 0.5 when no word of the text carries evidence.
    /// </returns>
    public DetectionResult Detect(ReadOnlySpan<char> text)
    {
        double margin = Margin(text);

        // Softmax over the two log-likelihoods is the logistic of their difference; the calibrated scale
        // undoes naive Bayes' overconfidence (overlapping n-grams are far from independent).
        double confidence = 1.0 / (1.0 + Math.Exp(-model.Scale * Math.Abs(margin)));
        return new DetectionResult(margin >= 0 ? Danish : Dutch, confidence);
    }

    /// <summary>Returns ln P(text | da) - ln P(text | nl) as the model sees it: positive means Danish.</summary>
    internal double Margin(ReadOnlySpan<char> text)
    {
        Span<ulong> recentWords = stackalloc ulong[RepeatSlots];
        Span<int> recentCounts = stackalloc int[RepeatSlots];
        double total = 0;

        // State of the current letter run: its word hash, the margin of its n-grams so far, and the last
        // three characters of the padded run (p1 most recent); length counts the padded characters seen,
        // 0 outside a run.
        ulong wordHash = 0;
        double wordMargin = 0;
        char p1 = Boundary, p2 = Boundary, p3 = Boundary;
        int length = 0;
        foreach (char raw in text)
        {
            if (char.IsLetter(raw))
            {
                if (length == 0)
                {
                    wordHash = LanguageModel.WordSeed;
                    wordMargin = 0;
                    p1 = Boundary;
                    length = 1;
                }

                char c = char.ToLowerInvariant(raw);
                wordMargin += NgramsEndingWith(c, p1, p2, p3, length);
                wordHash = LanguageModel.Step(wordHash, c);
                (p3, p2, p1) = (p2, p1, c);
                length++;
            }
            else if (length > 0 && CharUnicodeInfo.GetUnicodeCategory(raw) != UnicodeCategory.NonSpacingMark)
            {
                // A combining accent (decomposed é) continues the word; anything else ends it.
                total += EndWord(wordHash, wordMargin + NgramsEndingWith(Boundary, p1, p2, p3, length), recentWords, recentCounts);
                length = 0;
            }
        }

        if (length > 0)
        {
            total += EndWord(wordHash, wordMargin + NgramsEndingWith(Boundary, p1, p2, p3, length), recentWords, recentCounts);
        }

        return total;
    }

    /// <summary>Adds whole-word evidence to a finished word's n-gram margin and weights its k-th repeat 1/k.</summary>
    private double EndWord(ulong wordHash, double ngramMargin, Span<ulong> recentWords, Span<int> recentCounts)
    {
        double margin = ngramMargin + (model.WordWeight * model.Margin(wordHash));
        int slot = (int)(wordHash >> RepeatShift);
        if (recentWords[slot] == wordHash)
        {
            recentCounts[slot]++;
        }
        else
        {
            recentWords[slot] = wordHash;
            recentCounts[slot] = 1;
        }

        return margin / recentCounts[slot];
    }

    /// <summary>
    /// Sums the margins of the 1- to 4-grams that end with <paramref name="c"/>, given the previous padded
    /// characters (p1 the nearest) of which <paramref name="length"/> exist; the bare boundary is no feature.
    /// </summary>
    private double NgramsEndingWith(char c, char p1, char p2, char p3, int length)
    {
        // FNV-1a runs from an n-gram's first character, so each order is hashed on its own: ten steps.
        ulong seed = LanguageModel.NgramSeed;
        double margin = c == Boundary ? 0 : model.Margin(LanguageModel.Step(seed, c));
        if (length >= 1)
        {
            margin += model.Margin(LanguageModel.Step(LanguageModel.Step(seed, p1), c));
        }

        if (length >= 2)
        {
            margin += model.Margin(LanguageModel.Step(LanguageModel.Step(LanguageModel.Step(seed, p2), p1), c));
        }

        if (length >= 3)
        {
            ulong h = LanguageModel.Step(LanguageModel.Step(LanguageModel.Step(seed, p3), p2), p1);
            margin += model.Margin(LanguageModel.Step(h, c));
        }

        return margin;
    }
}
