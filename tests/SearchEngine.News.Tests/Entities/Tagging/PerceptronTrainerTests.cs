using SearchEngine.News.Entities;
using SearchEngine.News.Entities.Tagging;

namespace SearchEngine.News.Tests.Entities.Tagging;

public sealed class PerceptronTrainerTests
{
    private static readonly string[] Surnames = ["Kjærsgaard", "Mirganjan", "Thorsøe", "Vestergaard", "Lindholm", "Brixtofte", "Skovgaard", "Ravnholt"];
    private static readonly string[] Companies = ["Novotek", "Danfoss", "Havfront", "Grenaa Mølle", "Nordlys Energi", "Vindkraft"];

    private static (TaggingDocument, EntityTag[]) Example(string text, string[] persons, string[] organizations)
    {
        var doc = new TaggingDocument(text, "da", EntityGazetteer.Default, Lexicon.For("da"));
        return (doc, GoldTags.Project(doc, persons, organizations));
    }

    [Fact]
    public void ATrainedModelTagsNamesItNeverSawFromTheirContext()
    {
        var set = new List<(TaggingDocument, EntityTag[])>();
        foreach (string surname in Surnames)
        {
            foreach (string company in Companies)
            {
                set.Add(Example($"Det er godt, siger {surname} fra {company} A/S til avisen.", [surname], [company + " A/S"]));
            }
        }

        TaggerModel model = PerceptronTrainer.TrainModel(set, epochs: 5, seed: 1);
        var tagger = new EntityTagger(model);
        var doc = new TaggingDocument("Det er godt, siger Abildgaard fra Solvarme A/S til avisen.", "da", EntityGazetteer.Default, Lexicon.For("da"));
        EntityTag[] tags = tagger.Tag(doc);

        Assert.Equal(EntityTag.BeginPerson, tags[4]);
        Assert.Equal(EntityTag.BeginOrganization, tags[6]);
        Assert.Equal(EntityTag.InsideOrganization, tags[7]);
        Assert.Equal(EntityTag.Outside, tags[8]);
    }

    [Fact]
    public void TrainingIsDeterministicForOneSeed()
    {
        var set = new List<(TaggingDocument, EntityTag[])> { Example("Det siger Kjærsgaard fra Novotek.", ["Kjærsgaard"], ["Novotek"]) };
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        PerceptronTrainer.TrainModel(set, epochs: 3, seed: 7).Write(first);
        set = [Example("Det siger Kjærsgaard fra Novotek.", ["Kjærsgaard"], ["Novotek"])];
        PerceptronTrainer.TrainModel(set, epochs: 3, seed: 7).Write(second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }
}
