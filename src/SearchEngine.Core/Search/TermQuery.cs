using System.Text;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>Matches documents whose <see cref="Field"/> contains the exact term <see cref="Text"/>, scored by BM25.</summary>
internal sealed class TermQuery : Query
{
    /// <summary>Initializes a query for the term <paramref name="text"/> (as indexed: analyzed text is lower-cased and stemmed) of <paramref name="field"/>.</summary>
    public TermQuery(string field, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(text);
        Field = field;
        Text = text;
        Bytes = Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Gets the field.</summary>
    public string Field { get; }

    /// <summary>Gets the term text.</summary>
    public string Text { get; }

    /// <summary>Gets the term as the UTF-8 bytes the index stores.</summary>
    internal byte[] Bytes { get; }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        return new TermWeight(this, searcher, scoreMode, boost);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Field}:{Text}";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TermQuery other && other.Field == Field && other.Text == Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Field, Text);
}
