namespace SearchEngine.News.Querying;

/// <summary>One term of a phrase at its position relative to the phrase's first term; stop words leave gaps.</summary>
/// <param name="Text">The term as indexed.</param>
/// <param name="Position">The position, 0 for the first term.</param>
internal readonly record struct PhraseTerm(string Text, int Position);
