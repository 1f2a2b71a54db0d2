using System.CommandLine;
using System.Globalization;
using SearchEngine.Analysis.LanguageDetection;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchctl detect [--json]</c>: whether standard input is Danish or Dutch, with a confidence.</summary>
internal static class DetectCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Option<bool> json = CommonOptions.Json("Print {\"language\", \"confidence\"} as JSON.");
        var command = new Command("detect", "Detect the language (da or nl) of the text on standard input; print it and a confidence in [0.5, 1].")
        {
            json,
        };
        command.SetAction(parsed =>
        {
            string text = console.In.ReadToEnd();
            DetectionResult result = LanguageDetector.Default.Detect(text);
            string confidence = result.Confidence.ToString("0.0000", CultureInfo.InvariantCulture);
            console.Out.WriteLine(parsed.GetValue(json)
                ? $"{{\"language\":\"{result.Language}\",\"confidence\":{confidence}}}"
                : $"{result.Language}\t{confidence}");
            return 0;
        });
        return command;
    }
}
