using System.Globalization;
using System.IO.Compression;
using System.Text;
using SearchEngine.News.Entities;
using SearchEngine.News.Entities.Tagging;

namespace SearchEngine.EntityModel;

/// <summary>The tool's commands; each prints what it did and returns the process exit code.</summary>
internal static class Commands
{

    public static int Run(string[] args)
    {
        try
        {
            var options = new Options(args);
            return options.Command switch
            {
                "lexicon" => BuildLexicons(options),
                "train" => Train(options),
                "kfold" => KFold(options),
                "evaluate" => Evaluate(options),
                "phantoms" => Phantoms(options),
                "tag" => TagText(options),
                "bench" => Bench(options),
                "extract" => Extract(options),
                "top" => Top(options),
                _ => Usage(),
            };
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidOperationException or InvalidDataException or FormatException)
        {
            Console.Error.WriteLine("entitymodel: " + e.Message);
            return 1;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: entitymodel lexicon|train|kfold|evaluate|phantoms|tag [options] (see tools/entitymodel/README.md)");
        return 2;
    }

    /// <summary>Reduces the hunspell dictionaries to their entries (flags dropped), sorted, gzip-compressed.</summary>
    private static int BuildLexicons(Options options)
    {
        string hunspell = options.Get("hunspell", "/usr/share/hunspell");
        foreach ((string language, string file) in HunspellDictionary.Files)
        {
            string path = Path.Combine(hunspell, file);
            if (!File.Exists(path))
            {
                throw new IOException($"{path} is missing: install the Debian package hunspell-{language}.");
            }

            SortedSet<string> entries = HunspellDictionary.ReadEntries(path);
            string output = Path.Combine(options.Get("out", Resources), $"lexicon.{language}.txt.gz");
            using (var stream = File.Create(output))
            using (var gzip = new GZipStream(stream, CompressionLevel.SmallestSize))
            using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                foreach (string entry in entries)
                {
                    writer.WriteLine(entry);
                }
            }

            Console.WriteLine($"{output}: {entries.Count:N0} entries from {path}");
        }

        return 0;
    }

    private static TaggerTraining.Data Data(Options options) =>
        TaggerTraining.Load(options.Get("corpus", Path.GetFullPath(Path.Combine(Repository, "..", "shared", "corpus"))), Repository);

    /// <summary>Gets the repository root: the nearest folder above the working directory holding SearchEngine.sln.</summary>
    private static string Repository
    {
        get
        {
            for (string? dir = Directory.GetCurrentDirectory(); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "SearchEngine.sln")))
                {
                    return dir;
                }
            }

            throw new InvalidOperationException("Run entitymodel inside the repository (no SearchEngine.sln above the working directory).");
        }
    }

    private static string Resources => Path.Combine(Repository, "src", "SearchEngine.News", "Entities", "Resources");

    /// <summary>Trains the shipped model on all the shipped data (DaNE, our Alpino annotation, our articles).</summary>
    private static int Train(Options options)
    {
        TaggerTraining.Data data = Data(options);
        Console.WriteLine($"training on {data.Dane.Count} DaNE, {data.Alpino.Count} Alpino and {data.Written.Count} written articles, {TaggerTraining.Epochs} epochs, seed {TaggerTraining.Seed}");
        TaggerModel model = TaggerTraining.TrainShipped(data, (epoch, errors, seen) =>
            Console.WriteLine($"  epoch {epoch,2}: {errors,6:N0} wrong of {seen:N0} words scored ({100.0 * errors / Math.Max(1, seen):F2}%)"));
        string output = options.Get("out", Path.Combine(Resources, "tagger.model"));
        using (var stream = File.Create(output))
        {
            model.Write(stream);
        }

        Console.WriteLine($"{output}: {model.First.Count:N0} + {model.Second.Count:N0} features, {new FileInfo(output).Length:N0} bytes");
        return 0;
    }

    /// <summary>Scores DaNE and the Alpino annotation by k-fold (no article scored by a model that saw it).</summary>
    private static int KFold(Options options)
    {
        int folds = options.GetInt("folds", 5);
        var scores = TaggerTraining.KFold(Data(options), folds, GivenNamesAlone(options));
        foreach ((string corpus, (EntityScore person, EntityScore organization, List<EntityMiss> misses)) in scores)
        {
            if (options.Get("misses", "no") == "yes")
            {
                foreach (EntityMiss miss in misses)
                {
                    Console.WriteLine($"{miss.ArticleId}\t{(miss.Type == EntityType.Person ? "person" : "organization")}\t{(miss.Missing ? "missed" : "extra")}\t{miss.Value}");
                }
            }

            Console.WriteLine($"{corpus} {folds}-fold: person {Format(person)}  organization {Format(organization)}");
        }

        return 0;
    }

    private static int Evaluate(Options options)
    {
        if (options.Positional.Count != 1)
        {
            throw new ArgumentException("evaluate needs one gold file.");
        }

        EntityExtractor extractor = options.Get("model", string.Empty) is { Length: > 0 } model
            ? new EntityExtractor(EntityGazetteer.Default, new EntityTagger(TaggerModel.Read(File.OpenRead(model))))
            : EntityExtractor.Default;
        List<GoldText> articles = GoldText.Read(options.Positional[0]);
        EntityEvaluation evaluation = EntityEvaluation.Run(articles.Select(a => a.ToArticle()), extractor, GivenNamesAlone(options));
        Console.WriteLine($"{options.Positional[0]}: {evaluation.Articles} articles  person {Format(evaluation.Person)}  organization {Format(evaluation.Organization)}");
        return 0;
    }

    /// <summary>
    /// Prints the most frequent person and organization values per language over the given files, extracted from
    /// the text with any gold lists ignored, each with its article count: the facet values an index of them shows.
    /// </summary>
    private static int Top(Options options)
    {
        int top = options.GetInt("top", 20);
        var counts = new Dictionary<(string Language, string Type, string Value), int>();
        var examples = new Dictionary<(string Language, string Type, string Value), string>();
        foreach (GoldText text in options.Positional.SelectMany(GoldText.Read))
        {
            ExtractedEntities found = EntityExtractor.Default.Extract(text.Title, text.Body, text.Language);
            foreach ((string type, IReadOnlyList<EntityValue> values) in new[] { ("person", found.Persons), ("organization", found.Organizations) })
            {
                foreach (EntityValue value in values)
                {
                    var key = (text.Language, type, value.Value);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    examples.TryAdd(key, text.Id);
                }
            }
        }

        foreach (var group in counts.GroupBy(c => (c.Key.Language, c.Key.Type)).OrderBy(g => g.Key.Language).ThenByDescending(g => g.Key.Type))
        {
            Console.WriteLine($"{group.Key.Language} {group.Key.Type}:");
            foreach (var entry in group.OrderByDescending(e => e.Value).ThenBy(e => e.Key.Value, StringComparer.Ordinal).Take(top))
            {
                Console.WriteLine($"  {entry.Value,4}  {entry.Key.Value}  (first in {examples[entry.Key]})");
            }
        }

        return 0;
    }

    /// <summary>Times extraction over the articles of the given files: preparing the words, tagging, and resolving, per article.</summary>
    private static int Bench(Options options)
    {
        var texts = options.Positional.SelectMany(GoldText.Read).ToList();
        int rounds = options.GetInt("rounds", 3);
        EntityExtractor.Default.Extract(string.Empty, "Warm op.", "da");
        EntityExtractor.Default.Extract(string.Empty, "Warm op.", "nl");
        for (int round = 0; round < rounds; round++)
        {
            var prepare = new System.Diagnostics.Stopwatch();
            var tag = new System.Diagnostics.Stopwatch();
            var whole = System.Diagnostics.Stopwatch.StartNew();
            foreach (GoldText text in texts)
            {
                prepare.Start();
                var doc = new TaggingDocument(text.Text, text.Language, EntityGazetteer.Default, Lexicon.For(text.Language));
                prepare.Stop();
                tag.Start();
                EntityTagger.Default.Tag(doc);
                tag.Stop();
            }

            whole.Stop();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var extract = System.Diagnostics.Stopwatch.StartNew();
            long values = 0;
            long aliases = 0;
            foreach (GoldText text in texts)
            {
                ExtractedEntities found = EntityExtractor.Default.Extract(text.Title, text.Body, text.Language);
                values += found.Persons.Count + found.Organizations.Count;
                aliases += found.Persons.Sum(v => v.Aliases.Count) + found.Organizations.Sum(v => v.Aliases.Count);
            }

            extract.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{texts.Count} articles: prepare {prepare.Elapsed.TotalMilliseconds / texts.Count:F3} ms, tag {tag.Elapsed.TotalMilliseconds / texts.Count:F3} ms, whole extraction {extract.Elapsed.TotalMilliseconds / texts.Count:F3} ms and {allocated / texts.Count / 1024.0:F1} KiB allocated per article; {(double)values / texts.Count:F1} values and {(double)aliases / texts.Count:F1} aliases per article"));
        }

        return 0;
    }

    /// <summary>Prints what extraction finds in each article, one line each, so two builds' outputs can be compared with diff.</summary>
    private static int Extract(Options options)
    {
        foreach (GoldText article in options.Positional.SelectMany(GoldText.Read))
        {
            ExtractedEntities found = EntityExtractor.Default.Extract(article.Title, article.Body, article.Language);
            Console.WriteLine(string.Join('\t', article.Id,
                string.Join(" | ", found.Persons.Select(v => v.Value + (v.Aliases.Count > 0 ? " [" + string.Join(", ", v.Aliases) + "]" : string.Empty))),
                string.Join(" | ", found.Organizations.Select(v => v.Value + (v.Aliases.Count > 0 ? " [" + string.Join(", ", v.Aliases) + "]" : string.Empty))),
                string.Join(" | ", found.GivenNamesAlone)));
        }

        return 0;
    }

    /// <summary>Prints each word of a text with its tag and what the first pass saw, for looking into one decision.</summary>
    private static int TagText(Options options)
    {
        string language = options.Get("lang", "da");
        string text = string.Join(' ', options.Positional);
        var doc = new TaggingDocument(text, language, EntityGazetteer.Default, Lexicon.For(language));
        EntityTag[] tags = EntityTagger.Default.Tag(doc);
        for (int i = 0; i < tags.Length; i++)
        {
            Console.WriteLine($"{doc.Word(i)}\t{doc.Kinds[i]}\t{tags[i]}\t{doc.FirstPass?[i]}\t{doc.Listed[i]}");
        }

        ExtractedEntities found = EntityExtractor.Default.Extract(string.Empty, text, language);
        Console.WriteLine("persons: " + string.Join(" | ", found.Persons.Select(p => p.Value)) + "  alone: " + string.Join(" | ", found.GivenNamesAlone));
        Console.WriteLine("organizations: " + string.Join(" | ", found.Organizations.Select(p => p.Value)));
        return 0;
    }

    /// <summary>Counts extracted values none of whose words occurs in the article (accents and case folded).</summary>
    private static int Phantoms(Options options)
    {
        foreach (string path in options.Positional)
        {
            int values = 0;
            int personPhantoms = 0;
            int organizationPhantoms = 0;
            foreach (GoldText article in GoldText.Read(path))
            {
                ExtractedEntities found = EntityExtractor.Default.Extract(article.Title, article.Body, article.Language);
                var words = EntityPhantoms.WordsOf(article.Title, article.Body);
                foreach (EntityValue value in found.Persons)
                {
                    values++;
                    if (EntityPhantoms.IsPhantom(value.Value, words))
                    {
                        personPhantoms++;
                        Console.WriteLine($"  {article.Id}  person  {value.Value}");
                    }
                }

                foreach (EntityValue value in found.Organizations)
                {
                    values++;
                    if (EntityPhantoms.IsPhantom(value.Value, words))
                    {
                        organizationPhantoms++;
                        Console.WriteLine($"  {article.Id}  organization  {value.Value}");
                    }
                }
            }

            Console.WriteLine($"{path}: {values:N0} values, {personPhantoms} person and {organizationPhantoms} organization phantoms ({100.0 * (personPhantoms + organizationPhantoms) / Math.Max(1, values):F2}%)");
        }

        return 0;
    }

    /// <summary>Whether lone given names count as found person mentions (<c>--given-names-alone no</c> scores the person values only).</summary>
    private static bool GivenNamesAlone(Options options) => options.Get("given-names-alone", "yes") != "no";

    private static string Format(EntityScore score) => string.Create(
        CultureInfo.InvariantCulture,
        $"P {score.Precision:F3} R {score.Recall:F3} F1 {score.F1:F3} ({score.TruePositives}/{score.FalsePositives}/{score.FalseNegatives})");
}
