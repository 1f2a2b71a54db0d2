namespace SearchEngine.Core.Tests.Search;

/// <summary>One document of a <see cref="RandomCorpus"/> as the test wrote it: analyzed terms, lengths, date.</summary>
internal sealed class CorpusDoc(string id)
{
    public string Id { get; } = id;

    public bool Live { get; set; } = true;

    public long? Date { get; set; }

    /// <summary>Gets or sets the document's unique key (a sorted-set doc value).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Gets, per field, each term's frequency.</summary>
    public Dictionary<string, Dictionary<string, int>> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets, per field, the number of tokens (the length the norm encodes; for keyword fields the number of values).</summary>
    public Dictionary<string, int> Lengths { get; } = new(StringComparer.Ordinal);

    public int Freq(string field, string term) => Terms.TryGetValue(field, out var terms) && terms.TryGetValue(term, out int freq) ? freq : 0;
}
