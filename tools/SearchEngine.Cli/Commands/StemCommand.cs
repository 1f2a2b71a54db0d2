using System.CommandLine;
using SearchEngine.Analysis.Stemming;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchctl stem --lang L</c>: the Snowball stem of each line of standard input (no lower-casing, no stop list).</summary>
internal static class StemCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Option<string> language = CommonOptions.Language("The stemmer's language.");
        var command = new Command("stem", "Stem words from standard input, one a line, with the language's Snowball stemmer.")
        {
            language,
        };
        command.SetAction(parsed =>
        {
            IStemmer stemmer = parsed.GetRequiredValue(language) == "da" ? new DanishStemmer() : new DutchStemmer();
            char[] buffer = new char[256];
            for (string? line = console.In.ReadLine(); line is not null; line = console.In.ReadLine())
            {
                if (line.Length > buffer.Length)
                {
                    buffer = new char[Math.Max(line.Length, buffer.Length * 2)];
                }

                Span<char> word = buffer.AsSpan(0, line.Length);
                line.CopyTo(word);
                console.Out.Write(word[..stemmer.Stem(word)]);
                console.Out.Write('\n');
            }

            return 0;
        });
        return command;
    }
}
