namespace SearchEngine.Server.Articles;

/// <summary>
/// The answer to a write in a cluster (202 Accepted): the change is durable in the stream, and becomes visible to
/// searches once the indexer has committed it and the search nodes have copied the commit.
/// </summary>
/// <param name="Id">The article id.</param>
/// <param name="Sequence">The change's sequence number in the stream; a later change has a larger one.</param>
/// <param name="Change"><c>put</c> (added or replaced) or <c>delete</c>.</param>
internal sealed record ArticleChangeAccepted(string Id, ulong Sequence, string Change);
