using System.Text.Json;

namespace SearchEngine.Packaging.Tests;

/// <summary><c>searchctl</c> installed from the packed NyhedZoek.Cli with <c>dotnet tool install</c>, as the README shows, builds and reads an index.</summary>
[Collection(PackagesCollection.Name)]
public sealed class SearchctlToolTests(PackedArtifacts packed)
{
    [Fact]
    public void TheInstalledToolRebuildsAnIndexFromJsonLinesAndReportsItsStats()
    {
        string folder = packed.NewFolder("tool");
        string tools = Path.Combine(folder, "tools");
        packed.Run("dotnet", ["tool", "install", "NyhedZoek.Cli", "--tool-path", tools, "--add-source", packed.ArtifactsDirectory, "--version", packed.Version],
            folder, TimeSpan.FromMinutes(3)).Succeeded();
        string searchctl = Path.Combine(tools, "searchctl");
        string articles = Path.Combine(folder, "articles.jsonl");
        File.WriteAllLines(articles,
        [
            """{"id": "da-renten-falder", "lang": "da", "date": "2024-01-05", "title": "Renten falder", "body": "Fjordbankens cheføkonom Rasmus Bech venter, at renterne falder i foråret."}""",
            """{"id": "nl-rente-daalt", "lang": "nl", "date": "2024-01", "title": "De rente daalt", "body": "Econome Marloes Veenhuizen verwacht dat de rentes in het voorjaar dalen.", "persons": ["Marloes Veenhuizen"]}""",
            """{"id": "da-vindmoelle", "date": "2023", "title": "Ny vindmøllepark ved Esbjerg", "body": "Havvindmøllerne ved Esbjerg skal levere strøm til 300.000 husstande."}""",
        ]);
        string index = Path.Combine(folder, "index");

        packed.Run(searchctl, ["--index", index, "rebuild", "--engine", "native", "--source", articles], folder, TimeSpan.FromMinutes(2)).Succeeded();
        ProcessResult stats = packed.Run(searchctl, ["--index", index, "stats", "--json"], folder, TimeSpan.FromMinutes(1)).Succeeded();
        ProcessResult search = packed.Run(searchctl, ["--index", index, "search", "--lang", "da", "renter"], folder, TimeSpan.FromMinutes(1)).Succeeded();

        using JsonDocument json = JsonDocument.Parse(stats.StandardOutput);
        JsonElement root = json.RootElement;
        Assert.Equal("native", root.GetProperty("engine").GetString());
        Assert.Equal(3, root.GetProperty("docs").GetInt32());
        Assert.Equal(2, root.GetProperty("languages").GetProperty("da").GetInt32());
        Assert.Equal(1, root.GetProperty("languages").GetProperty("nl").GetInt32());
        Assert.Contains(root.GetProperty("persons").EnumerateArray(), pair => pair[0].GetString() == "Rasmus Bech");
        Assert.Contains("da-renten-falder", search.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("nl-rente-daalt", search.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("da-vindmoelle", search.StandardOutput, StringComparison.Ordinal);
    }
}
