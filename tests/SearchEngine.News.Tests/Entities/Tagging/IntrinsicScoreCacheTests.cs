using SearchEngine.News.Entities;
using SearchEngine.News.Entities.Tagging;
using SearchEngine.Tests;

namespace SearchEngine.News.Tests.Entities.Tagging;

/// <summary>Tagging with a word's intrinsic weights summed once and cached gives exactly the tags of tagging without.</summary>
public sealed class IntrinsicScoreCacheTests
{
    [Fact]
    public void CachedTaggingGivesTheSameTagsAsUncachedOnEveryArticleOfTheSharedCorpus()
    {
        string corpus = TestData.RequireShared("corpus");
        EntityTagger tagger = EntityTagger.Default;
        var cache = new IntrinsicScoreCache();
        int words = 0;
        int named = 0;
        foreach (string file in Directory.GetFiles(corpus, "*.jsonl"))
        {
            foreach (GoldText article in GoldText.Read(file))
            {
                // Each article twice: the second time most of its words come from the cache.
                for (int round = 0; round < 2; round++)
                {
                    Lexicon lexicon = Lexicon.For(article.Language);
                    EntityTag[] plain = tagger.Tag(new TaggingDocument(article.Text, article.Language, EntityGazetteer.Default, lexicon));
                    EntityTag[] cached = tagger.Tag(new TaggingDocument(article.Text, article.Language, EntityGazetteer.Default, lexicon), cache);
                    Assert.Equal(plain, cached);
                    words += plain.Length;
                    named += plain.Count(t => t != EntityTag.Outside);
                }
            }
        }

        Assert.True(words > 500_000 && named > 20_000, $"only {words} words and {named} tagged ones");
    }

    [Fact]
    public void MoreWordsThanSlotsEvictSomeAndNeverAnswerForAnotherWord()
    {
        var cache = new IntrinsicScoreCache();
        const int Words = IntrinsicScoreCache.Size * 3;
        for (ulong key = 1; key <= Words; key++)
        {
            cache.Add(new IntrinsicScoreCache.Entry(key, default, default, (WordFacts)(key % 4)));
        }

        int kept = 0;
        for (ulong key = 1; key <= Words; key++)
        {
            if (cache.Find(key) is IntrinsicScoreCache.Entry entry)
            {
                Assert.Equal(key, entry.Key);
                Assert.Equal((WordFacts)(key % 4), entry.Facts);
                kept++;
            }
        }

        Assert.InRange(kept, 1, IntrinsicScoreCache.Size);
        Assert.Same(cache.Add(new IntrinsicScoreCache.Entry(Words, default, default, WordFacts.None)), cache.Find(Words));
    }

    [Fact]
    public void ATextIsTaggedWithAllItsFixedFeaturesOrWithItsContextOnly()
    {
        var doc = new TaggingDocument("Det sagde Anders Fogh Rasmussen i går.", "da", EntityGazetteer.Default, Lexicon.For("da"));
        _ = doc.StaticFeatures(2);
        Assert.Throws<InvalidOperationException>(() => doc.ContextFeatures(3, WordFacts.None));
    }
}
