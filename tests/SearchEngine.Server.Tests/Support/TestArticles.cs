using System.Text.Json;

namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// A small hand-written corpus with known facets: eight Danish and six Dutch articles, 2021-2023 (one month-only
/// date, one undated), persons and organizations given so that counts do not depend on entity extraction.
/// </summary>
internal static class TestArticles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Gets the articles as JSON Lines records.</summary>
    public static IReadOnlyList<Record> All { get; } =
    [
        new("da-2021-03-havvind", "da", "2021-03-15", "Regeringen åbner udbud af havvind",
            "Statsminister Karen Holmgaard præsenterede tirsdag et stort udbud af havvind i Nordsøen. Vestervind forventer at byde på hele området.",
            ["Karen Holmgaard"], ["Vestervind", "Folketinget"]),
        new("da-2021-11-rente", "da", "2021-11-02", "Fjordbanken hæver renten",
            "Cheføkonom Rasmus Bech siger, at renten stiger igen til foråret. Kunderne i Fjordbanken må betale mere for deres lån.",
            ["Rasmus Bech"], ["Fjordbanken"]),
        new("da-2022-01-finanslov", "da", "2022-01-20", "Finansministeren fremlægger finansloven",
            "Finansminister Mikkel Brandstrup fremlagde torsdag finansloven i Folketinget sammen med Karen Holmgaard.",
            ["Mikkel Brandstrup", "Karen Holmgaard"], ["Folketinget"]),
        new("da-2022-03-risiko", "da", "2022-03-03", "Rente & risiko: <analyse>",
            "En analyse af renten viser, at risikoen for husejerne vokser, når renten stiger hurtigt.",
            [], ["Fjordbanken"]),
        new("da-2022-06-etape", "da", "2022-06", "Magnus Thorsø vinder etape i bjergene",
            "Cykelrytteren Magnus Thorsø kørte fra feltet på den sidste stigning og vandt etapen for Team Polderwind.",
            ["Magnus Thorsø"], ["Team Polderwind"]),
        new("da-2023-02-gaslagre", "da", "2023-02-14", "Gaslagrene er fyldt op før vinteren",
            "Klimaminister Ida Nørlund oplyser, at de danske gaslagre er fyldt op. Europa-Kommissionen roser indsatsen.",
            ["Ida Nørlund"], ["Europa-Kommissionen"]),
        new("da-2023-09-vindmoeller", "da", "2023-09-01", "Vestervind bygger ny park med havvind",
            "Direktør Lene Kragh fra Vestervind fortæller, at selskabet bygger en ny park med havvind ud for Esbjerg.",
            ["Lene Kragh"], ["Vestervind"]),
        new("da-udateret-kommentar", "da", null, "Kommentar om vindkraft og naturen",
            "Vindkraft fylder mere i landskabet, og naboerne til møllerne ønsker at blive hørt, før der bygges mere.",
            [], []),
        new("nl-2021-04-windpark", "nl", "2021-04-10", "Kabinet kondigt nieuw windpark aan",
            "Premier Willem van Straaten kondigde dinsdag een groot windpark op de Noordzee aan. De Tweede Kamer debatteert volgende week.",
            ["Willem van Straaten"], ["Tweede Kamer"]),
        new("nl-2021-12-rente", "nl", "2021-12-05", "Polderbank verhoogt de rente",
            "Topman Hans Wijnberg van de Polderbank verwacht dat de rente volgend jaar verder stijgt voor huizenkopers.",
            ["Hans Wijnberg"], ["Polderbank"]),
        new("nl-2022-02-schaatsen", "nl", "2022-02-11", "Sanne Mulder wint zilver op de vijfduizend meter",
            "Schaatsster Sanne Mulder van Team Polderwind reed een persoonlijk record en won zilver.",
            ["Sanne Mulder"], ["Team Polderwind"]),
        new("nl-2022-07-zuivel", "nl", "2022-07", "Weidegoud praat over een fusie",
            "Directeur Marieke van Dongen bevestigt dat de zuivelcoöperatie Weidegoud gesprekken voert over een fusie.",
            ["Marieke van Dongen"], ["Weidegoud"]),
        new("nl-2023-03-windpark", "nl", "2023-03-22", "Windpark op de Noordzee geopend",
            "Premier Willem van Straaten opende het windpark samen met Lene Kragh van Vestervind en de Noordzeealliantie.",
            ["Willem van Straaten", "Lene Kragh"], ["Vestervind", "Noordzeealliantie"]),
        new("nl-2023-11-verkiezingen", "nl", "2023-11-23", "Samira Bouzidi wint de verkiezingen",
            "Samira Bouzidi is de grote winnaar van de verkiezingen voor de Tweede Kamer.",
            ["Samira Bouzidi"], ["Tweede Kamer"]),
    ];

    /// <summary>Gets the number of Danish articles.</summary>
    public static int Danish => All.Count(a => a.Lang == "da");

    /// <summary>Gets the number of Dutch articles.</summary>
    public static int Dutch => All.Count(a => a.Lang == "nl");

    /// <summary>Writes <paramref name="records"/> (default: all) as one JSON Lines file in <paramref name="folder"/> and returns the folder.</summary>
    public static string Write(string folder, IEnumerable<Record>? records = null)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "articles.jsonl"), (records ?? All).Select(r => JsonSerializer.Serialize(r, Json)));
        return folder;
    }

    /// <summary>Returns <paramref name="count"/> more Danish articles sharing one unusual word, to tell a new index from the old.</summary>
    public static IEnumerable<Record> Extra(string word, int count) =>
        Enumerable.Range(0, count).Select(i => new Record(
            $"extra-{word}-{i}", "da", "2024-01-0" + ((i % 9) + 1), $"Nyt om {word} nummer {i}", $"Artiklen handler om {word} og intet andet, del {i}.", [], []));

    /// <summary>
    /// Returns <paramref name="count"/> Danish articles of 150 made-up words each (two to four syllables, a vocabulary
    /// of tens of thousands of words, fixed by <paramref name="seed"/>): a prefix such as <c>b*</c> expands to thousands
    /// of terms, so a search over them costs the engine real work.
    /// </summary>
    public static IEnumerable<Record> Many(int count, int seed = 12)
    {
        string[] syllables = ["ba", "be", "bo", "da", "de", "di", "fa", "fe", "ga", "go", "ha", "ke", "ki", "la", "lo", "ma", "me", "na", "no", "pa", "pe", "ra", "ri", "sa", "so", "ta", "te", "va", "ve", "an", "el", "in", "or", "us"];
        var random = new Random(seed);
        string Word()
        {
            var word = new System.Text.StringBuilder();
            for (int i = random.Next(2, 5); i > 0; i--)
            {
                word.Append(syllables[random.Next(syllables.Length)]);
            }

            return word.ToString();
        }

        for (int i = 0; i < count; i++)
        {
            string title = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Word()));
            string body = string.Join(' ', Enumerable.Range(0, 150).Select(_ => Word())) + ".";
            yield return new Record($"mange-{i}", "da", $"20{10 + (i % 14)}-0{(i % 9) + 1}-1{i % 10}", title, body, [], []);
        }
    }

    /// <summary>One article in the JSON Lines schema.</summary>
    internal sealed record Record(string Id, string Lang, string? Date, string Title, string Body, string[] Persons, string[] Organizations);
}
