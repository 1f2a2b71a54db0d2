namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// How the shipped tagger is built and measured, in one place for <c>tools/entitymodel</c> and the tests: which
/// data (only what may ship: DaNE and UD Dutch Alpino, CC BY-SA 4.0, and our own annotation and articles), the
/// training settings, and the k-fold scoring that keeps every scored article unseen by the model scoring it.
/// </summary>
internal static class TaggerTraining
{
    /// <summary>The passes over the training data.</summary>
    public const int Epochs = 8;

    /// <summary>The seed of the training order; with it training is deterministic and the model byte-identical.</summary>
    public const int Seed = 20261207;

    /// <summary>Gets the folder of our annotation and articles, relative to the repository root.</summary>
    public static readonly string DataFolder = Path.Combine("tools", "entitymodel", "data");

    /// <summary>The gold-annotated data the shipped model learns from.</summary>
    /// <param name="Dane">DaNE (DDT with the DaN+ annotation): scored by k-fold.</param>
    /// <param name="Alpino">UD Dutch Alpino with our annotation: scored by k-fold.</param>
    /// <param name="Written">Articles written for this project with their lists: trained on, never scored.</param>
    public sealed record Data(List<GoldText> Dane, List<GoldText> Alpino, List<GoldText> Written);

    /// <summary>Loads the training data from the corpus folder and the repository's data folder.</summary>
    /// <exception cref="IOException">A file is missing.</exception>
    public static Data Load(string corpusFolder, string repositoryRoot)
    {
        string data = Path.Combine(repositoryRoot, DataFolder);
        List<GoldText> dane = GoldText.Read(Require(Path.Combine(corpusFolder, "da-ddt-dane.jsonl")));
        List<GoldText> alpino = GoldText.Annotate(
            GoldText.Read(Require(Path.Combine(corpusFolder, "nl-ud-alpino.jsonl"))),
            GoldText.Read(Require(Path.Combine(data, "nl-ud-alpino.entities.jsonl"))));
        var written = new List<GoldText>();
        foreach (string file in Directory.GetFiles(data, "written-*.jsonl").Order(StringComparer.Ordinal))
        {
            written.AddRange(GoldText.Read(file));
        }

        return new Data(dane, alpino, written);
    }

    /// <summary>Trains both passes on <paramref name="texts"/>; <paramref name="progress"/> hears each epoch of the second pass (epoch, wrong, scored).</summary>
    public static TaggerModel Train(IEnumerable<GoldText> texts, EntityGazetteer gazetteer, Action<int, int, int>? progress = null)
    {
        var set = new List<(TaggingDocument, EntityTag[])>();
        foreach (GoldText text in texts)
        {
            if (text.Persons is null || text.Organizations is null)
            {
                continue;
            }

            var doc = new TaggingDocument(text.Text, text.Language, gazetteer, Lexicon.For(text.Language));
            set.Add((doc, GoldTags.Project(doc, text.Persons, text.Organizations)));
        }

        return PerceptronTrainer.TrainModel(set, Epochs, Seed, progress);
    }

    /// <summary>Trains the shipped model on all of <paramref name="data"/>.</summary>
    public static TaggerModel TrainShipped(Data data, Action<int, int, int>? progress = null) =>
        Train(data.Dane.Concat(data.Alpino).Concat(data.Written), EntityGazetteer.Default, progress);

    /// <summary>
    /// Scores DaNE and Alpino by k-fold: each corpus's articles are dealt into <paramref name="folds"/> folds, and
    /// each fold is tagged by a model trained on every other fold of both and on the written articles.
    /// </summary>
    /// <returns>Per corpus ("DaNE", "Alpino"), the summed person and organization scores and every disagreement.</returns>
    public static Dictionary<string, (EntityScore Person, EntityScore Organization, List<EntityMiss> Misses)> KFold(Data data, int folds, bool countGivenNamesAlone = true)
    {
        var scores = new Dictionary<string, (EntityScore, EntityScore, List<EntityMiss>)>(StringComparer.Ordinal)
        {
            ["DaNE"] = (default, default, []),
            ["Alpino"] = (default, default, []),
        };
        for (int fold = 0; fold < folds; fold++)
        {
            var train = new List<GoldText>(data.Written);
            var test = new Dictionary<string, List<GoldText>>(StringComparer.Ordinal) { ["DaNE"] = [], ["Alpino"] = [] };
            foreach ((string corpus, List<GoldText> texts) in new[] { ("DaNE", data.Dane), ("Alpino", data.Alpino) })
            {
                for (int a = 0; a < texts.Count; a++)
                {
                    (a % folds == fold ? test[corpus] : train).Add(texts[a]);
                }
            }

            var extractor = new EntityExtractor(EntityGazetteer.Default, new EntityTagger(Train(train, EntityGazetteer.Default)));
            foreach ((string corpus, List<GoldText> texts) in test)
            {
                EntityEvaluation evaluation = EntityEvaluation.Run(texts.Select(t => t.ToArticle()), extractor, countGivenNamesAlone);
                (EntityScore person, EntityScore organization, List<EntityMiss> misses) = scores[corpus];
                misses.AddRange(evaluation.Misses);
                scores[corpus] = (person.Add(evaluation.Person), organization.Add(evaluation.Organization), misses);
            }
        }

        return scores;
    }

    private static string Require(string path) =>
        File.Exists(path) ? path : throw new IOException($"{path} is missing: the tagger's training data.");
}
