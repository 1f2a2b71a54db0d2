using SearchEngine.News.Articles;
using SearchEngine.News.Entities;
using SearchEngine.Tests;

namespace SearchEngine.News.Tests.Entities;

/// <summary>
/// The extraction quality goals of docs/QUALITY.md on the two gold-annotated corpus files (Danish DDT/DaN+ and
/// Dutch CoNLL-2002): person F1 at least 0.75 and organization F1 at least 0.55. The rules are deterministic,
/// so a change that lowers a score below its goal fails here.
/// </summary>
public sealed class EntityQualityFromCorpusTests
{
    [Theory]
    [InlineData("corpus/da-ddt-dane.jsonl")]
    [InlineData("corpus/nl-conll2002.jsonl")]
    public void ExtractionMeetsThePersonAndOrganizationGoals(string file)
    {
        string path = TestData.RequireShared(file);
        var articles = ArticleReader.Read(path).Select(r => r.Article ?? throw new InvalidDataException(r.ToString())).ToList();

        EntityEvaluation evaluation = EntityEvaluation.Run(articles, EntityExtractor.Default);

        Assert.Equal(articles.Count, evaluation.Articles);
        Assert.True(evaluation.Person.F1 >= 0.75, $"person F1 {evaluation.Person.F1:0.000} ({evaluation.Person})");
        Assert.True(evaluation.Organization.F1 >= 0.55, $"organization F1 {evaluation.Organization.F1:0.000} ({evaluation.Organization})");
    }
}
