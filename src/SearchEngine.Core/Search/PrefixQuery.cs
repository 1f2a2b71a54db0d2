using System.Text;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// Matches documents whose <see cref="MultiTermQuery.Field"/> contains a term starting with <see cref="Prefix"/>,
/// all with the same score (the boost), as Lucene's PrefixQuery under its default constant-score rewrite.
/// </summary>
/// <remarks>
/// The prefix is compared as UTF-8 bytes against terms as indexed (analyzed text is lower-cased and stemmed, so
/// pass a lower-case prefix); since UTF-8 never splits a character's prefix, this equals a character prefix,
/// "æ" included. The empty prefix matches every document that has a term in the field. Every matching term is
/// expanded, without a cap (see <see cref="MultiTermQuery"/>).
/// </remarks>
internal sealed class PrefixQuery : MultiTermQuery
{
    private readonly byte[] prefixBytes;

    /// <summary>Initializes a query for the terms of <paramref name="field"/> starting with <paramref name="prefix"/>.</summary>
    public PrefixQuery(string field, string prefix)
        : base(field)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        Prefix = prefix;
        prefixBytes = Encoding.UTF8.GetBytes(prefix);
    }

    /// <summary>Gets the prefix.</summary>
    public string Prefix { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Field}:{Prefix}*";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PrefixQuery other && other.Field == Field && other.Prefix == Prefix;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(PrefixQuery), Field, Prefix);

    /// <inheritdoc />
    internal override bool SeekFirst(TermsEnum terms) => terms.SeekCeil(prefixBytes) != SeekStatus.End;

    /// <inheritdoc />
    internal override bool IsPastEnd(ReadOnlySpan<byte> term) => !term.StartsWith(prefixBytes);
}
