using System.Globalization;
using System.Numerics;

namespace SearchEngine.Analysis.LanguageDetection;

/// <summary>
/// The Danish/Dutch model that tools/langdetect/train.py writes: per feature (a character n-gram or a whole
/// word) the log-probability under each language, in an open-addressing table keyed by a 64-bit FNV-1a hash
/// so that lookups need neither strings nor allocations.
/// </summary>
internal sealed class LanguageModel
{
    /// <summary>The embedded resource holding the default model.</summary>
    public const string ResourceName = "SearchEngine.Analysis.Resources.langdetect-model.txt";

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    // Words hash from a different start than n-grams, so the word "og" and the n-gram "og" stay apart.
    private const ulong WordOffset = FnvOffset ^ 0x9E3779B97F4A7C15UL;

    // The table stays at most this full; linear probing degrades quickly above it.
    private const double MaxLoad = 0.6;

    private readonly Entry[] entries;
    private readonly int shift;

    private LanguageModel(Entry[] entries, int count, double scale, double wordWeight)
    {
        this.entries = entries;
        shift = 64 - BitOperations.Log2((uint)entries.Length);
        Count = count;
        Scale = scale;
        WordWeight = wordWeight;
    }

    /// <summary>Gets the number of features in the model.</summary>
    public int Count { get; }

    /// <summary>Gets the factor turning a log-likelihood margin into a calibrated logit.</summary>
    public double Scale { get; }

    /// <summary>Gets the weight of a whole-word feature relative to one n-gram feature.</summary>
    public double WordWeight { get; }

    /// <summary>Gets the hash every n-gram starts from.</summary>
    public static ulong NgramSeed => FnvOffset;

    /// <summary>Gets the hash every whole word starts from.</summary>
    public static ulong WordSeed => WordOffset;

    /// <summary>Feeds one character into an FNV-1a hash.</summary>
    public static ulong Step(ulong hash, char c) => unchecked((hash ^ c) * FnvPrime);

    /// <summary>Loads the model embedded in this assembly.</summary>
    public static LanguageModel LoadEmbedded()
    {
        using Stream stream = typeof(LanguageModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded language model '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses the text format train.py writes ('#' comments, '@name value' parameters, features).</summary>
    public static LanguageModel Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        double scale = double.NaN;
        double wordWeight = double.NaN;
        var features = new List<(ulong Key, float Danish, float Dutch)>();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '@')
            {
                string[] parameter = line[1..].Split(' ', 2);
                double value = parameter.Length == 2 ? ParseNumber(parameter[1], lineNumber) : throw Malformed(lineNumber);
                switch (parameter[0])
                {
                    case "scale": scale = value; break;
                    case "word-weight": wordWeight = value; break;
                    default: throw Malformed(lineNumber);
                }

                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != 4 || fields[1].Length == 0 || fields[0] is not ("g" or "w"))
            {
                throw Malformed(lineNumber);
            }

            ulong key = Hash(fields[0] == "w" ? WordOffset : FnvOffset, fields[1]);
            features.Add((key, (float)ParseNumber(fields[2], lineNumber), (float)ParseNumber(fields[3], lineNumber)));
        }

        if (double.IsNaN(scale) || double.IsNaN(wordWeight))
        {
            throw new InvalidDataException("The language model lacks its @scale or @word-weight parameter.");
        }

        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Count / MaxLoad + 1));
        var entries = new Entry[capacity];
        var model = new LanguageModel(entries, features.Count, scale, wordWeight);
        foreach ((ulong key, float danish, float dutch) in features)
        {
            model.Insert(new Entry(key, danish, dutch));
        }

        return model;
    }

    /// <summary>
    /// Returns ln P(feature | da) - ln P(feature | nl) for a hashed feature, or 0 for a feature the model
    /// does not hold (unseen in both languages, or pruned because it barely discriminates).
    /// </summary>
    public float Margin(ulong key)
    {
        Entry[] table = entries;
        int mask = table.Length - 1;
        for (int i = Slot(key); ; i = (i + 1) & mask)
        {
            ref readonly Entry entry = ref table[i];
            if (entry.Key == key)
            {
                return entry.Danish - entry.Dutch;
            }

            if (entry.Key == 0)
            {
                return 0f;
            }
        }
    }

    private static ulong Hash(ulong seed, string text)
    {
        ulong hash = seed;
        foreach (char c in text)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    private static double ParseNumber(string text, int lineNumber) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw Malformed(lineNumber);

    private static InvalidDataException Malformed(int lineNumber) =>
        new($"Line {lineNumber} of the language model is malformed.");

    // Fibonacci hashing: FNV's low bits mix poorly for one- to four-character inputs, the product's top bits well.
    private int Slot(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> shift);

    private void Insert(Entry entry)
    {
        if (entry.Key == 0)
        {
            throw new InvalidDataException("A language model feature hashes to 0, the empty-slot marker.");
        }

        int mask = entries.Length - 1;
        int i = Slot(entry.Key);
        while (entries[i].Key != 0)
        {
            if (entries[i].Key == entry.Key)
            {
                throw new InvalidDataException("Two language model features share a hash; the model has duplicates.");
            }

            i = (i + 1) & mask;
        }

        entries[i] = entry;
    }

    /// <summary>One slot: the feature's hash (0 when empty) and its log-probability in each language.</summary>
    private readonly record struct Entry(ulong Key, float Danish, float Dutch);
}
