using SearchEngine.News.Entities.Tagging;

namespace SearchEngine.News.Tests.Entities.Tagging;

public sealed class WordSetTests
{
    [Theory]
    [InlineData("regering", true)]
    [InlineData("Regering", false)]
    [InlineData("regeringen", false)]
    [InlineData("", false)]
    [InlineData("æble", true)]
    public void AWordIsFoundExactlyAsItWasAdded(string word, bool found)
    {
        var set = new WordSet(4);
        set.Add("regering");
        set.Add("æble");
        Assert.Equal(found, set.Contains(word));
    }

    [Fact]
    public void AWordAddedTwiceCountsOnce()
    {
        var set = new WordSet(4);
        Assert.True(set.Add("han"));
        Assert.False(set.Add("han"));
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void EveryOfManyWordsIsFoundAndNoOther()
    {
        var set = new WordSet(20_000);
        for (int i = 0; i < 20_000; i += 2)
        {
            set.Add("ord" + i);
        }

        for (int i = 0; i < 20_000; i++)
        {
            Assert.Equal(i % 2 == 0, set.Contains("ord" + i));
        }
    }

    [Fact]
    public void ASetRefusesMoreWordsThanItWasMadeFor()
    {
        var set = new WordSet(1);
        int added = 0;
        Assert.Throws<InvalidOperationException>(() =>
        {
            for (int i = 0; i < 1_000; i++)
            {
                set.Add("ord" + i);
                added++;
            }
        });
        Assert.True(added >= 1);
    }
}
