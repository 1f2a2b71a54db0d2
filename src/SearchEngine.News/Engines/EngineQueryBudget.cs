namespace SearchEngine.News.Engines;

/// <summary>
/// What one engine search may spend: the terms its prefix and term-range queries may expand to (summed over
/// segments; 0 for no limit; numeric ranges are bounded by their encoding and not counted), and a token the engine
/// checks cooperatively (per segment, per expanded term, every few thousand documents). The default limits nothing.
/// </summary>
/// <param name="MaxTermExpansions">The most terms prefix and term-range queries may expand to; past it the engine throws <see cref="TermExpansionLimitException"/>.</param>
/// <param name="CancellationToken">Stops the search with <see cref="OperationCanceledException"/> at the engine's next check.</param>
internal readonly record struct EngineQueryBudget(int MaxTermExpansions, CancellationToken CancellationToken);
