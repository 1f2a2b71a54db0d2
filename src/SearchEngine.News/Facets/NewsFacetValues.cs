using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;

namespace SearchEngine.News.Facets;

/// <summary>
/// Facet value search for persons and organizations: the type-ahead of a facet filter box. A value matches when
/// the folded prefix (<see cref="FacetFolding"/>: case and diacritics ignored) begins the value or any word of
/// it (<c>schl</c> lists <c>Poul Schlüter</c>), or any word of one of its aliases (<c>poe</c> lists
/// <c>Vladimir Putin</c>, written <c>Vladimir Poetin</c> in a Dutch article).
/// </summary>
/// <remarks>
/// Aliases live in a second facet field (<see cref="NewsFields.AliasOf"/>) whose labels are <c>alias</c>, the
/// separator <see cref="AliasSeparator"/>, then the canonical value; the aliases matching the prefix name
/// canonical values, whose exact article counts are then read from the facet field itself. Each pass asks the
/// engine to count only the values the predicate keeps, and the predicate runs once per distinct value. Results
/// come by count descending, then label, as facet lists do.
/// </remarks>
public static class NewsFacetValues
{
    /// <summary>Separates an alias from its canonical value in the alias field's labels (U+001E: Lucene's facets reserve U+001F).</summary>
    public const char AliasSeparator = '\u001E';

    /// <summary>
    /// The folded form of every label seen, per snapshot: folding is the costly part of a type-ahead, and a snapshot's
    /// labels never change, so each is folded once while the snapshot lives (the table goes with it).
    /// </summary>
    private static readonly ConditionalWeakTable<IEngineSnapshot, ConcurrentDictionary<string, string>> Folded = [];

    /// <summary>
    /// Returns up to <paramref name="limit"/> values of <paramref name="facet"/> matching <paramref name="prefix"/>
    /// directly or through an alias, with their article counts in <paramref name="snapshot"/>, or in
    /// <paramref name="within"/> when given (the counts of one search's matches; aliases are still found in the whole
    /// snapshot, since they only name the canonical values to look up).
    /// </summary>
    /// <param name="snapshot">The snapshot searched.</param>
    /// <param name="facet"><c>person</c> or <c>organization</c>.</param>
    /// <param name="prefix">What the user typed; empty or blank lists the most frequent values.</param>
    /// <param name="limit">The most values to return.</param>
    /// <param name="within">The counts to look values up in, or null for every live article of the snapshot.</param>
    /// <param name="cancellationToken">Checked before the count and at every label compared with the prefix.</param>
    internal static IReadOnlyList<LabelAndCount> Find(IEngineSnapshot snapshot, string facet, string prefix, int limit, FacetCounts? within, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        string folded = FacetFolding.Fold(prefix.Trim());
        if (folded.Length == 0)
        {
            return (within ?? snapshot.CountValues(facet)).GetTop(limit);
        }

        ConcurrentDictionary<string, string> folds = Folded.GetValue(snapshot, static _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        string Fold(string label)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return folds.GetOrAdd(label, FacetFolding.Fold);
        }

        // Only the alias part of a label may match: its canonical part is what the direct pass covers.
        var throughAliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (LabelAndCount alias in snapshot.CountValues(NewsFields.AliasOf(facet), label => AliasMatches(label, folded, Fold)).GetAll())
        {
            throughAliases.Add(alias.Label[(alias.Label.IndexOf(AliasSeparator, StringComparison.Ordinal) + 1)..]);
        }

        bool Matches(string label) => throughAliases.Contains(label) || WordStartsWith(Fold(label), folded);
        return within is null ? snapshot.CountValues(facet, Matches).GetTop(limit) : within.Where(Matches).GetTop(limit);
    }

    private static bool AliasMatches(string label, string folded, Func<string, string> fold)
    {
        // The whole label is folded (and cached); folding keeps U+001E, so the alias part ends where it did.
        string whole = fold(label);
        int separator = whole.IndexOf(AliasSeparator, StringComparison.Ordinal);
        return separator > 0 && WordStartsWith(whole[..separator], folded);
    }

    /// <summary>Tells whether <paramref name="prefix"/> begins <paramref name="folded"/> or one of its words (a letter or digit after anything else).</summary>
    private static bool WordStartsWith(string folded, string prefix)
    {
        for (int i = 0; i + prefix.Length <= folded.Length; i++)
        {
            bool wordStart = i == 0 || (char.IsLetterOrDigit(folded[i]) && !char.IsLetterOrDigit(folded[i - 1]));
            if (wordStart && string.CompareOrdinal(folded, i, prefix, 0, prefix.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
