using System.Text.Json;
using SearchEngine.Tests;

namespace SearchEngine.Cli.Tests.Commands;

public sealed class EntitiesCommandTests
{
    private const string Danish = "Kasakhstans præsident, Kasym-Jomart Tokajev, siger tirsdag, at CSTO-styrken trækkes hjem. "
        + "Tokajev kritiserede Nursultan Nasarbajev. Soldaterne kom fra Den Kollektive Sikkerhedstraktat Organisation.";

    [Fact]
    public void JsonPrintsTheCanonicalValuesFound()
    {
        ProcessResult result = Searchctl.Run(Danish, "entities", "--lang", "da", "--json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.StandardOutput);
        string[] persons = [.. json.RootElement.GetProperty("persons").EnumerateArray().Select(p => p.GetString()!)];
        string[] organizations = [.. json.RootElement.GetProperty("organizations").EnumerateArray().Select(o => o.GetString()!)];
        Assert.Equal(2, persons.Length);
        Assert.Contains(persons, p => p.EndsWith("Tokayev", StringComparison.Ordinal) || p.EndsWith("Tokajev", StringComparison.Ordinal));
        Assert.Equal(["CSTO"], organizations);
    }

    [Fact]
    public void TextListsOneEntityPerLineWithItsAliasesAndDetectsTheLanguage()
    {
        ProcessResult result = Searchctl.Run("De Russische president Vladimir Poetin sprak dinsdag met de NAVO.", "entities");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("person\tVladimir Putin\t", lines[0]);
        Assert.Contains("Vladimir Poetin", lines[0]);
        Assert.StartsWith("organization\tNAVO\t", lines[1]);
        Assert.Contains("NATO", lines[1]);
    }

    [Fact]
    public void EvalPrintsPrecisionRecallAndF1PerType()
    {
        using var home = new TempDirectory();
        string file = Path.Combine(home.Path, "gold.jsonl");
        File.WriteAllText(file, """
            {"id": "g1", "lang": "da", "title": "", "body": "Statsminister Poul Schlüter mødtes med LO og Dansk Industri. Schlüter var glad.", "persons": ["Poul Schlüter", "Schlüter"], "organizations": ["LO", "Dansk Industri", "Folketinget"]}
            """);

        ProcessResult result = Searchctl.Run(string.Empty, "entities", "--eval", file, "--json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.StandardOutput);
        JsonElement person = json.RootElement.GetProperty("person");
        JsonElement organization = json.RootElement.GetProperty("organization");
        Assert.Equal(1.0, person.GetProperty("f1").GetDouble());
        Assert.Equal(1.0, organization.GetProperty("precision").GetDouble());
        Assert.Equal(0.6667, organization.GetProperty("recall").GetDouble());
    }

    [Fact]
    public void EvalOfAMissingFileFailsNamingIt()
    {
        ProcessResult result = Searchctl.Run(string.Empty, "entities", "--eval", "/nonexistent/gold.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/gold.jsonl", result.StandardError);
    }

    [Fact]
    public void UnknownLanguageIsAUsageError()
    {
        ProcessResult result = Searchctl.Run("tekst", "entities", "--lang", "de");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("searchctl: ", result.StandardError);
    }
}
