namespace SearchEngine.News.Querying;

/// <summary>Documents whose numeric value of <paramref name="Field"/> lies in [<paramref name="Lower"/>, <paramref name="Upper"/>]; a constant score.</summary>
/// <param name="Field">A field indexed as a number (<see cref="Engines.IndexFieldKind.Numeric"/>).</param>
/// <param name="Lower">The smallest value kept (<see cref="long.MinValue"/>: no lower bound).</param>
/// <param name="Upper">The largest value kept (<see cref="long.MaxValue"/>: no upper bound).</param>
internal sealed record NumericRangeQuery(string Field, long Lower, long Upper) : Query
{
    /// <inheritdoc/>
    public override string ToString() => $"{Field}:[{Lower} TO {Upper}]";
}
