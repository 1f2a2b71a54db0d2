using System.Reflection;
using SearchEngine.News.Entities.Tagging;
using SearchEngine.Tests;

namespace SearchEngine.News.Tests.Entities.Tagging;

/// <summary>
/// The embedded tagger model is exactly what <c>tools/entitymodel train</c> builds from the repository's data and
/// code: a feature changed without retraining, or a model trained on anything else, fails here.
/// </summary>
public sealed class ShippedModelTests
{
    [Fact]
    public void RetrainingFromTheShippedDataReproducesTheEmbeddedModel()
    {
        TaggerTraining.Data data = TaggerTraining.Load(TestData.RequireShared("corpus"), TestData.RepositoryRoot);
        using var trained = new MemoryStream();
        TaggerTraining.TrainShipped(data).Write(trained);

        using Stream embedded = typeof(EntityTagger).Assembly.GetManifestResourceStream("SearchEngine.News.Entities.Resources.tagger.model")
            ?? throw new InvalidOperationException("no embedded model");
        using var expected = new MemoryStream();
        embedded.CopyTo(expected);

        Assert.True(expected.ToArray().AsSpan().SequenceEqual(trained.ToArray()), "The embedded tagger.model differs from a fresh training: run tools/entitymodel train (scripts/train-entities.sh).");
    }
}
