using Lucene.Net.Facet;

namespace SearchEngine.Engines.LuceneNet.Documents;

/// <summary>The facets configuration of every index: every dimension is flat and multi-valued, stored in <c>$facets</c>.</summary>
internal sealed class MultiValuedFacetsConfig : FacetsConfig
{
    private readonly DimConfig multiValued = new() { IsMultiValued = true };

    /// <summary>Gets the shared configuration (it is never changed).</summary>
    public static MultiValuedFacetsConfig Instance { get; } = new();

    /// <summary>Gets the configuration of every dimension: multi-valued.</summary>
    protected override DimConfig DefaultDimConfig => multiValued;
}
