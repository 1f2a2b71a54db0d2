namespace SearchEngine.News.Entities;

/// <summary>
/// The grammar words the rules look at around a name: speech verbs (<c>siger Tokajev</c>, <c>zei Rutte</c>)
/// and the lower-case particles inside Dutch and other names (<c>Jan van der Meer</c>).
/// </summary>
internal static class CueWords
{
    /// <summary>Verbs of saying: a capitalised name right before or after one is a person.</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "siger", "sagde", "fortæller", "fortalte", "mener", "mente", "understreger", "understregede", "tilføjer",
        "tilføjede", "forklarer", "forklarede", "oplyser", "oplyste", "skriver", "skrev", "udtaler", "udtalte",
        "påpeger", "påpegede", "konstaterer", "konstaterede", "erkender", "erkendte", "svarer", "svarede", "spørger",
        "spurgte", "råber", "råbte", "aldus", "zegt", "zei", "zeggen", "vertelt", "vertelde", "verklaart", "verklaarde",
        "meent", "meende", "benadrukt", "benadrukte", "voegt", "voegde", "legt", "legde", "schrijft", "schreef",
        "antwoordt", "antwoordde", "reageert", "reageerde", "stelt", "stelde", "vindt", "vond", "vraagt", "vroeg",
    };

    /// <summary>Lower-case particles that stay inside a name when a capitalised word follows.</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "der", "den", "de", "het", "ten", "ter", "te", "von", "zu", "du", "da", "di", "del", "della", "dos",
        "le", "la", "bin", "ibn", "al", "el", "af", "'t", "d'", "y",
    };

    /// <summary>Abbreviations written in capitals that name no organization (events, units, currencies, Roman numerals).</summary>
    public static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "TV", "DM", "EM", "VM", "OL", "WK", "EK", "NK", "SM", "PC", "IT", "EDB", "BNP", "BBP", "AIDS", "HIV", "DNA", "OK",
        "NB", "PS", "CEO", "CFO", "VIP", "SMS", "GPS", "USB", "ID", "PR", "HR", "AI", "IQ", "DVD", "CD", "MP", "BTW", "KM",
        "KG", "CM", "MM", "NR", "CO2", "COVID", "SARS", "I", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
        "XV", "XX", "AM", "FM", "JR", "SR", "ST", "MF", "EUR", "DKK", "BEF", "NLG", "USD", "ABS", "ICT", "BSE", "SOA",
    };
}
