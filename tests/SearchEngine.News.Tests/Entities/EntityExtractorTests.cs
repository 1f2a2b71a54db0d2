using SearchEngine.News.Entities;

namespace SearchEngine.News.Tests.Entities;

public sealed class EntityExtractorTests
{
    private static ExtractedEntities Extract(string body, string language = "da", string title = "") =>
        EntityExtractor.Default.Extract(title, body, language);

    private static string Persons(ExtractedEntities found) => string.Join('|', found.Persons.Select(p => p.Value));

    // How the text wrote each organization (the canonical value of a listed one may be another spelling).
    private static string Organizations(ExtractedEntities found) => string.Join('|', found.Organizations.Select(o => o.Mentions[0]));

    [Fact]
    public void SurnameAloneJoinsTheFullNameWrittenBefore()
    {
        ExtractedEntities found = Extract("Finansminister Henning Dyremose fremlagde loven. Dyremose mener, at Dyremoses plan holder.");
        EntityValue person = Assert.Single(found.Persons);
        Assert.Equal("Henning Dyremose", person.Value);
        Assert.Equal(["Henning Dyremose", "Dyremose", "Dyremoses"], person.Mentions);
    }

    [Fact]
    public void GenitiveOfANameFoldsWhenTheBareNameOccurs()
    {
        ExtractedEntities found = Extract("Lisbeth Krogh blev valgt. Alle roste Lisbeth Kroghs tale.");
        Assert.Equal("Lisbeth Krogh", Persons(found));
    }

    [Theory]
    [InlineData("da", "Det siger borgmester Ulrik Mørup til avisen.", "Ulrik Mørup")]
    [InlineData("da", "Planen er god, siger Thygesen.", "Thygesen")]
    [InlineData("nl", "Dat zei burgemeester Jan van der Meer gisteren.", "Jan van der Meer")]
    [InlineData("nl", "Volgens minister Vandenbossche is het plan klaar.", "Vandenbossche")]
    [InlineData("nl", "Het plan is klaar, zegt Verhelst.", "Verhelst")]
    [InlineData("nl", "Volgens minister Vandenbroucke is het plan klaar.", "Frank Vandenbroucke")]
    public void TitlesSpeechVerbsAndGivenNamesMarkPersons(string language, string text, string expected) =>
        Assert.Equal(expected, Persons(Extract(text, language)));

    [Theory]
    [InlineData("da", "Aftalen blev indgået med Dansk Metalarbejderforbund og Jyske Bank i går.", "Dansk Metalarbejderforbund|Jyske Bank")]
    [InlineData("da", "Kritikken kom fra Socialdemokratiet og fra CSTO-styrken.", "Socialdemokratiet|CSTO")]
    [InlineData("nl", "De vakbond ACV en de Europese Commissie reageerden.", "ACV|Europese Commissie")]
    public void OrganizationWordsAcronymsAndListedNamesMarkOrganizations(string language, string text, string expected) =>
        Assert.Equal(expected, Organizations(Extract(text, language)));

    [Theory]
    [InlineData("da", "Men det var for sent. Derfor gik de hjem.")]
    [InlineData("da", "Kasakhstans regering sidder i Almaty og i København.")]
    [InlineData("nl", "De Russische troepen trekken zich terug uit Kazachstan.")]
    [InlineData("da", "NEDSAT MOMS OG SKAT\nDet er godt.")]
    public void SentenceStartsPlacesNationalitiesAndHeadingsAreNotNames(string language, string text)
    {
        ExtractedEntities found = Extract(text, language);
        Assert.Empty(found.Persons);
        Assert.Empty(found.Organizations);
    }

    [Fact]
    public void ListedOrganizationTakesItsCanonicalValueAndLongNamesJoinIt()
    {
        ExtractedEntities found = Extract("Soldater fra Den Kollektive Sikkerhedstraktat Organisation rykker ud. CSTO-missionen er slut.");
        EntityValue organization = Assert.Single(found.Organizations);
        Assert.Equal("CSTO", organization.Value);
        Assert.Contains("Den Kollektive Sikkerhedstraktat Organisation", organization.Aliases);
    }

    [Fact]
    public void ListedPersonInAnyTransliterationTakesOneCanonicalValueWithTheOthersAsAliases()
    {
        string danish = Persons(Extract("Ekspræsident Nursultan Nasarbajev styrede landet.", "da"));
        string dutch = Persons(Extract("Voorganger Nursultan Nazarbayev had de macht.", "nl"));
        Assert.Equal(danish, dutch);
        EntityValue putin = Assert.Single(Extract("De Russische president Vladimir Poetin sprak.", "nl").Persons);
        Assert.Contains("Vladimir Poetin", putin.Aliases);
        Assert.Equal(NameKey.Of("Vladimir Putin"), NameKey.Of(putin.Value));
    }

    [Theory]
    [InlineData("da", "Han sagde nej. Hans kone var enig. Han gik hjem.")]
    [InlineData("da", "Hans plan holdt ikke. Han var skuffet, og hans parti tabte.")]
    [InlineData("nl", "Han Solo is een filmpersonage. Hij speelt in Star Wars.")]
    public void ASentenceInitialHanOrHansNeverBecomesAListedKhan(string language, string text)
    {
        ExtractedEntities found = Extract(text, language);
        Assert.DoesNotContain(found.Persons, p => p.Value.Contains("Khan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "Anders dan verwacht stijgen de prijzen. Anders had het kabinet ingegrepen.")]
    [InlineData("nl", "Onderwijs is duur. Onderwijs blijft een zorg, zegt de minister.")]
    [InlineData("da", "Uddannelse er dyrt. Derfor vil regeringen spare.")]
    public void SentenceInitialCommonWordsAreNeverNames(string language, string text)
    {
        ExtractedEntities found = Extract(text, language);
        Assert.Empty(found.Persons);
        Assert.Empty(found.Organizations);
    }

    [Theory]
    [InlineData("da", "Henrik kom for sent. Peter og Christian ventede.")]
    [InlineData("nl", "Peter belde. Daarna kwam Christian binnen.")]
    public void ALoneGivenNameIsNoPersonValue(string language, string text) => Assert.Empty(Extract(text, language).Persons);

    [Fact]
    public void ALoneGivenNameIsStillRecognisedAsAPersonMention() =>
        Assert.Contains("Peter", Extract("Henrik kom for sent. Peter og Christian ventede.").GivenNamesAlone);

    [Fact]
    public void AGivenNameAloneJoinsTheFullNameItOpens()
    {
        ExtractedEntities found = Extract("Henrik Sass Larsen talte længe. Bagefter sagde Henrik, at han var træt.");
        EntityValue person = Assert.Single(found.Persons);
        Assert.Equal("Henrik Sass Larsen", person.Value);
        Assert.Contains("Henrik", person.Mentions);
        Assert.Empty(found.GivenNamesAlone);
    }

    [Fact]
    public void ACabinetNamedAfterItsPremierIsNoPersonAndTheSurnameJoinsThePremier()
    {
        ExtractedEntities found = Extract(
            "Het kabinet van premier Willem van Straaten is gevallen. Van Straaten bood zijn ontslag aan.",
            "nl",
            title: "Kabinet-Van Straaten gevallen na ruzie over stikstof");
        Assert.DoesNotContain(found.Persons, p => p.Value.StartsWith("Kabinet", StringComparison.Ordinal));
        EntityValue premier = Assert.Single(found.Persons);
        Assert.Equal("Willem van Straaten", premier.Value);
        Assert.Contains("Van Straaten", premier.Mentions);
    }

    [Fact]
    public void AListedOrganizationTakesAnAcronymTheArticleWritesOverAnUnwrittenCanonicalOne()
    {
        ExtractedEntities found = Extract("Danmark trådte ind i EF i 1973, og EF-landene blev enige.");
        EntityValue community = Assert.Single(found.Organizations);
        Assert.Equal("EF", community.Value);
        Assert.Contains("EC", community.Aliases);
    }

    [Fact]
    public void UnknownLanguageIsRejected() =>
        Assert.Throws<ArgumentException>(() => EntityExtractor.Default.Extract(string.Empty, "tekst", "de"));
}
