using SearchEngine.News.Articles;
using SearchEngine.News.Entities;
using SearchEngine.News.Entities.Tagging;
using SearchEngine.Tests;

namespace SearchEngine.News.Tests.Entities;

/// <summary>
/// The extraction scores of docs/QUALITY.md, each on articles the scoring model never saw: Dutch on CoNLL-2002
/// (research-only, so nothing shipped is built from it), Danish and Alpino Dutch by 5-fold cross-validation
/// (each fold tagged by a model trained without it). The floors sit just under the recorded scores, so a change
/// that lowers one fails here; training and tagging are deterministic.
/// </summary>
public sealed class EntityQualityFromCorpusTests
{
    [Fact]
    public void DutchExtractionOnUnseenConll2002KeepsItsScores()
    {
        string path = TestData.RequireShared("corpus/nl-conll2002.jsonl");
        var articles = ArticleReader.Read(path).Select(r => r.Article ?? throw new InvalidDataException(r.ToString())).ToList();

        EntityEvaluation evaluation = EntityEvaluation.Run(articles, EntityExtractor.Default);

        Assert.Equal(articles.Count, evaluation.Articles);
        Assert.True(evaluation.Person.F1 >= PersonFloorConll, $"person F1 {evaluation.Person.F1:0.000} ({evaluation.Person})");
        Assert.True(evaluation.Organization.F1 >= OrganizationFloorConll, $"organization F1 {evaluation.Organization.F1:0.000} ({evaluation.Organization})");
    }

    [Fact]
    public void DanishAndAlpinoExtractionKeepTheirCrossValidatedScores()
    {
        TaggerTraining.Data data = TaggerTraining.Load(TestData.RequireShared("corpus"), TestData.RepositoryRoot);

        var scores = TaggerTraining.KFold(data, folds: 5);

        (EntityScore danishPerson, EntityScore danishOrganization, _) = scores["DaNE"];
        (EntityScore dutchPerson, EntityScore dutchOrganization, _) = scores["Alpino"];
        Assert.True(danishPerson.F1 >= PersonFloorDane, $"DaNE person F1 {danishPerson.F1:0.000} ({danishPerson})");
        Assert.True(danishOrganization.F1 >= OrganizationFloorDane, $"DaNE organization F1 {danishOrganization.F1:0.000} ({danishOrganization})");
        Assert.True(dutchPerson.F1 >= PersonFloorAlpino, $"Alpino person F1 {dutchPerson.F1:0.000} ({dutchPerson})");
        Assert.True(dutchOrganization.F1 >= OrganizationFloorAlpino, $"Alpino organization F1 {dutchOrganization.F1:0.000} ({dutchOrganization})");
    }

    // Recorded in docs/QUALITY.md; raise them with the scores, never lower them to pass.
    private const double PersonFloorConll = 0.83;
    private const double OrganizationFloorConll = 0.61;
    private const double PersonFloorDane = 0.84;
    private const double OrganizationFloorDane = 0.61;
    private const double PersonFloorAlpino = 0.79;
    private const double OrganizationFloorAlpino = 0.57;
}
