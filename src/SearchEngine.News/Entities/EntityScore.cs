namespace SearchEngine.News.Entities;

/// <summary>Precision, recall and F1 of one entity type over an evaluation set, with the counts they come from.</summary>
/// <param name="TruePositives">Values found that the gold list has.</param>
/// <param name="FalsePositives">Values found that the gold list lacks.</param>
/// <param name="FalseNegatives">Gold values not found.</param>
public readonly record struct EntityScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Gets the share of found values that are right (1 when nothing was found).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Gets the share of gold values found (1 when the gold lists are empty).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Gets the harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Returns the sum of this score's counts and <paramref name="other"/>'s.</summary>
    public EntityScore Add(EntityScore other) =>
        new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);
}
