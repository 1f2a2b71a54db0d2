namespace SearchEngine.Server.Analyze;

/// <summary>One token of <c>GET /api/analyze</c>, as <c>searchctl analyze --json</c> prints it.</summary>
/// <param name="Term">The indexed term (lower-cased, stemmed).</param>
/// <param name="Start">The offset of the token's first character in the text (UTF-16 code units).</param>
/// <param name="End">The offset just past the token's last character.</param>
/// <param name="Position">The token's position; a removed stop word leaves a gap.</param>
/// <param name="Type">The tokenizer's word type (Word, Number, ...).</param>
internal sealed record AnalyzedToken(string Term, int Start, int End, int Position, string Type);
