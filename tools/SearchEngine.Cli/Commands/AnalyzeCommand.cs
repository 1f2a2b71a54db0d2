using System.CommandLine;
using System.Text.Json;
using SearchEngine.Analysis;
using SearchEngine.News;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchctl analyze --lang L [--json]</c>: the tokens a language's analyzer makes of standard input.</summary>
internal static class AnalyzeCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Option<string> language = CommonOptions.Language("The analyzer's language.");
        Option<bool> json = CommonOptions.Json("Print a JSON array of {term, start, end, position, type} objects.");
        var command = new Command("analyze", "Analyze text from standard input; print term, start, end and position of each token.")
        {
            language,
            json,
        };
        command.SetAction(parsed =>
        {
            string text = console.In.ReadToEnd();
            Analyzer analyzer = AnalyzerRegistry.Get(parsed.GetRequiredValue(language));
            if (parsed.GetValue(json))
            {
                WriteJson(analyzer, text, console.Out);
            }
            else
            {
                WriteLines(analyzer, text, console.Out);
            }

            return 0;
        });
        return command;
    }

    private static void WriteLines(Analyzer analyzer, string text, TextWriter output)
    {
        TokenStream stream = analyzer.GetTokenStream(text);
        TokenAttributes token = stream.Attributes;
        int position = -1;
        while (stream.IncrementToken())
        {
            position += token.PositionIncrement;
            output.Write(token.Term);
            output.Write('\t');
            output.Write(token.StartOffset);
            output.Write('\t');
            output.Write(token.EndOffset);
            output.Write('\t');
            output.Write(position);
            output.Write('\n');
        }
    }

    private static void WriteJson(Analyzer analyzer, string text, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, NewsJson.WriterOptions))
        {
            writer.WriteStartArray();
            TokenStream stream = analyzer.GetTokenStream(text);
            TokenAttributes token = stream.Attributes;
            int position = -1;
            while (stream.IncrementToken())
            {
                position += token.PositionIncrement;
                writer.WriteStartObject();
                writer.WriteString("term", token.Term);
                writer.WriteNumber("start", token.StartOffset);
                writer.WriteNumber("end", token.EndOffset);
                writer.WriteNumber("position", position);
                writer.WriteString("type", token.Type.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }
}
