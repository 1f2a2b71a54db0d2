namespace SearchEngine.News.Highlighting;

/// <summary>
/// Whether a query node matches the one field being highlighted. Clauses on other fields, and queries that do
/// not look at text (match-all, numeric ranges), cannot be decided from it and are <see cref="Unknown"/>.
/// </summary>
internal enum MatchState
{
    /// <summary>The node cannot match this text, so none of its terms may be marked.</summary>
    No,

    /// <summary>The text alone does not decide the node (another field, doc values, match-all).</summary>
    Unknown,

    /// <summary>The node matches this text.</summary>
    Yes,
}
