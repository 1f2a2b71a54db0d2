using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

// dotnet run -- [INDEX_FOLDER] [ENGINE]: the engine must be one this project references (NyhedZoek.Engines.*).
string folder = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "nyhedzoek-console-search");
string engine = args.Length > 1 ? args[1] : NewsEngines.Native;
using NewsIndex index = NewsIndex.Open(folder, new NewsIndexOptions { Engine = engine });

// Persons and organizations left out are extracted from the text; the language decides the stemming.
index.Add(new Article("da-renten-falder", "da", ArticleDate.Parse("2024-01-05"), "Renten falder",
    "Fjordbankens cheføkonom Rasmus Bech venter, at renterne falder i foråret."));
index.Add(new Article("nl-rente-daalt", "nl", ArticleDate.Parse("2024-01-06"), "De rente daalt",
    "Econome Marloes Veenhuizen van de Polderbank verwacht dat de rentes in het voorjaar dalen."));
index.Commit();                                     // durable, and visible to the searches below

NewsSearchResponse result = index.Search(new NewsSearchRequest("rente"));   // both languages: Danish and Dutch stems
Console.WriteLine($"{index.Engine}: {result.Total} hits for 'rente'");
foreach (NewsHit hit in result.Hits)
{
    Console.WriteLine($"{hit.Id} [{hit.Language}] {hit.TitleHtml} | persons: {string.Join(", ", hit.Persons)}");
}
