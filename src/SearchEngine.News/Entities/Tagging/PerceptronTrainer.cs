namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// Trains <see cref="TaggerWeights"/> with the averaged perceptron: each wrong guess moves the features' weights
/// toward the true tag and away from the guess, and the model kept is the average of the weights over every word
/// seen, which generalises far better than the last weights.
/// </summary>
/// <remarks>Averaging is lazy: each weight remembers when it last changed, so an update costs the features it
/// touches, not the model's size.</remarks>
internal sealed class PerceptronTrainer
{
    private double[] totals = new double[1024 * EntityTags.Count];
    private int[] stamps = new int[1024 * EntityTags.Count];
    private int instances;

    /// <summary>Gets the weights being trained; tag with them during training.</summary>
    public TaggerWeights Weights { get; } = new();

    /// <summary>Gets the number of words whose guess was wrong since the last <see cref="ResetErrors"/>.</summary>
    public int Errors { get; private set; }

    /// <summary>Gets the number of words seen since the last <see cref="ResetErrors"/>.</summary>
    public int Seen { get; private set; }

    /// <summary>
    /// Trains both passes on <paramref name="documents"/>. The second pass must learn from first-pass tags as
    /// imperfect as they will be on new text, so each half of the documents gets its first-pass tags from a model
    /// trained on the other half; the shipped first pass is then trained on all of them.
    /// </summary>
    public static TaggerModel TrainModel(IReadOnlyList<(TaggingDocument Document, EntityTag[] Gold)> documents, int epochs, int seed, Action<int, int, int>? progress = null)
    {
        var halves = new List<(TaggingDocument, EntityTag[])>[] { [], [] };
        for (int d = 0; d < documents.Count; d++)
        {
            halves[d % 2].Add(documents[d]);
        }

        for (int h = 0; h < 2; h++)
        {
            TaggerWeights other = Train(halves[1 - h], epochs, seed);
            foreach ((TaggingDocument document, EntityTag[] _) in halves[h])
            {
                var tags = new EntityTag[document.Tokens.Count];
                EntityTagger.Decode(document, other, tags, gold: default, trainer: null);
                document.SetFirstPass(tags);
            }
        }

        TaggerWeights second = Train(documents, epochs, seed, progress);
        var plain = new List<(TaggingDocument, EntityTag[])>(documents.Count);
        foreach ((TaggingDocument document, EntityTag[] gold) in documents)
        {
            plain.Add((document.WithoutFirstPass(), gold));
        }

        TaggerWeights first = Train(plain, epochs, seed);
        return new TaggerModel(first, second);
    }

    /// <summary>Trains one pass on <paramref name="documents"/> (each with its gold tags) for <paramref name="epochs"/> passes in a seeded order.</summary>
    public static TaggerWeights Train(IReadOnlyList<(TaggingDocument Document, EntityTag[] Gold)> documents, int epochs, int seed, Action<int, int, int>? progress = null)
    {
        var trainer = new PerceptronTrainer();
        var order = new int[documents.Count];
        for (int d = 0; d < order.Length; d++)
        {
            order[d] = d;
        }

        var random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            trainer.ResetErrors();
            foreach (int d in order)
            {
                (TaggingDocument document, EntityTag[] gold) = documents[d];
                var tags = new EntityTag[document.Tokens.Count];
                EntityTagger.Decode(document, trainer.Weights, tags, gold, trainer);
            }

            progress?.Invoke(epoch, trainer.Errors, trainer.Seen);
        }

        return trainer.Average();
    }

    /// <summary>Counts one word and, when <paramref name="guess"/> is wrong, moves the weights of <paramref name="features"/>.</summary>
    public void Observe(ReadOnlySpan<ulong> features, EntityTag truth, EntityTag guess)
    {
        instances++;
        Seen++;
        if (truth == guess)
        {
            return;
        }

        Errors++;
        foreach (ulong feature in features)
        {
            int row = Weights.RowOf(feature);
            Update(row, (int)truth, 1f);
            Update(row, (int)guess, -1f);
        }
    }

    /// <summary>Starts counting errors for a new pass.</summary>
    public void ResetErrors()
    {
        Errors = 0;
        Seen = 0;
    }

    /// <summary>Returns the averaged weights.</summary>
    public TaggerWeights Average()
    {
        Span<float> weights = Weights.All;
        for (int k = 0; k < weights.Length; k++)
        {
            double total = totals[k] + ((instances - stamps[k]) * (double)weights[k]);
            weights[k] = instances == 0 ? 0f : (float)(total / instances);
        }

        return Weights.Pruned(1e-4f);
    }

    private void Update(int row, int tag, float change)
    {
        int k = (row * EntityTags.Count) + tag;
        if (k >= totals.Length)
        {
            int size = Math.Max(totals.Length * 2, k + 1);
            Array.Resize(ref totals, size);
            Array.Resize(ref stamps, size);
        }

        Span<float> weights = Weights.All;
        totals[k] += (instances - stamps[k]) * (double)weights[k];
        stamps[k] = instances;
        weights[k] += change;
    }
}
