using SearchEngine.News.Entities;
using SearchEngine.News.Entities.Tagging;

namespace SearchEngine.News.Tests.Entities.Tagging;

public sealed class GoldTagsTests
{
    private static string Tags(string text, string[] persons, string[] organizations, string language = "nl")
    {
        var doc = new TaggingDocument(text, language, EntityGazetteer.Default, Lexicon.For(language));
        EntityTag[] tags = GoldTags.Project(doc, persons, organizations);
        return string.Join(' ', tags.Select(t => t switch
        {
            EntityTag.BeginPerson => "B-PER",
            EntityTag.InsidePerson => "I-PER",
            EntityTag.BeginOrganization => "B-ORG",
            EntityTag.InsideOrganization => "I-ORG",
            _ => "O",
        }));
    }

    [Theory]
    [InlineData("Jan van der Meer zei het. Van der Meer lachte.", new[] { "Jan van der Meer", "Van der Meer" }, new string[0], "B-PER I-PER I-PER I-PER O O B-PER I-PER I-PER O")]
    [InlineData("De Raad van State en Raad zwegen.", new string[0], new[] { "Raad van State" }, "O B-ORG I-ORG I-ORG O O O")]
    [InlineData("Ajax won van Feyenoord.", new string[0], new[] { "Ajax", "Feyenoord" }, "B-ORG O O B-ORG")]
    public void EveryOccurrenceOfAGoldFormIsTaggedLongestFirst(string text, string[] persons, string[] organizations, string expected) =>
        Assert.Equal(expected, Tags(text, persons, organizations));
}
