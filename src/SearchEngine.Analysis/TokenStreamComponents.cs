namespace SearchEngine.Analysis;

/// <summary>One analysis chain: the tokenizer that reads text and the last stream of the filter chain.</summary>
/// <param name="Source">The tokenizer at the head of the chain.</param>
/// <param name="Sink">The stream callers read tokens from (the tokenizer itself when there are no filters).</param>
public sealed record TokenStreamComponents(Tokenizer Source, TokenStream Sink);
