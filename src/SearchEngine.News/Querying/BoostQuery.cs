namespace SearchEngine.News.Querying;

/// <summary>Multiplies the scores of <paramref name="Inner"/> by <paramref name="Boost"/>; matches what it matches.</summary>
/// <param name="Inner">The boosted query.</param>
/// <param name="Boost">The factor, finite and non-negative.</param>
internal sealed record BoostQuery(Query Inner, float Boost) : Query
{
    /// <inheritdoc/>
    public override string ToString() => $"({Inner})^{Boost}";
}
