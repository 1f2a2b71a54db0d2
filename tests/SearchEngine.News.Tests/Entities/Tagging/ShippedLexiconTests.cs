using SearchEngine.News.Entities.Tagging;

namespace SearchEngine.News.Tests.Entities.Tagging;

/// <summary>The embedded lexicons are exactly the entries of Debian's hunspell dictionaries (scripts/test.sh installs them).</summary>
public sealed class ShippedLexiconTests
{
    [Theory]
    [InlineData("da")]
    [InlineData("nl")]
    public void TheEmbeddedLexiconHoldsTheDictionarysEntries(string language)
    {
        string path = Path.Combine("/usr/share/hunspell", HunspellDictionary.Files[language]);
        if (!File.Exists(path))
        {
            Assert.Skip($"{path} is missing: install the Debian package hunspell-{language} (scripts/test.sh does).");
        }

        using Stream embedded = typeof(Lexicon).Assembly.GetManifestResourceStream($"SearchEngine.News.Entities.Resources.lexicon.{language}.txt.gz")
            ?? throw new InvalidOperationException("no embedded lexicon");

        Assert.Equal(HunspellDictionary.ReadEntries(path), Lexicon.ReadEntries(embedded));
    }
}
