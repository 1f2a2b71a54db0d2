namespace SearchEngine.Cli;

/// <summary>The standard streams a command reads and writes, replaceable so tests can run commands in process.</summary>
/// <param name="In">Standard input, decoded as UTF-8.</param>
/// <param name="Out">Standard output, UTF-8 without a byte order mark.</param>
/// <param name="Error">Standard error, for the one-line failure reason.</param>
/// <param name="IsTerminal">Whether standard output is a terminal (progress bars are drawn only then).</param>
/// <param name="RawIn">Standard input as bytes, for articles read from <c>-</c>; null where there is none. A command reads either it or <paramref name="In"/>, never both.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool IsTerminal = false, Stream? RawIn = null);
