namespace SearchEngine.Packaging.Tests;

/// <summary>The tests that share one packing of the repository (<see cref="PackedArtifacts"/>); they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedArtifacts>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "packages";
}
