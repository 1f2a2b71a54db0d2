using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SearchEngine.Analysis.LanguageDetection;
using SearchEngine.News;
using SearchEngine.News.Articles;
using SearchEngine.News.Entities;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchctl entities [--lang da|nl] [--json]</c>: the persons and organizations in the text on standard input;
/// <c>searchctl entities --eval FILE.jsonl [--json] [--misses]</c>: precision, recall and F1 against a file's gold lists.
/// </summary>
internal static class EntitiesCommand
{

    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var language = new Option<string?>("--lang") { Description = "The language of the text (da or nl); detected when left out." };
        language.AcceptOnlyFromAmong("da", "nl");
        Option<bool> json = CommonOptions.Json("Print {\"persons\": [...], \"organizations\": [...]} (with --eval: the scores) as JSON.");
        var eval = new Option<string?>("--eval")
        {
            Description = "Score extraction against the gold persons and organizations of a JSONL file instead of reading standard input.",
            HelpName = "FILE.jsonl",
        };
        var misses = new Option<bool>("--misses") { Description = "With --eval: also list every value found but not in the gold, and every gold value not found." };
        var command = new Command("entities", "Find the persons and organizations named in the text on standard input, as canonical values.")
        {
            language, json, eval, misses,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(eval) is string file)
            {
                return Evaluate(console, file, parsed.GetValue(json), parsed.GetValue(misses));
            }

            string text = console.In.ReadToEnd();
            string lang = parsed.GetValue(language) ?? LanguageDetector.Default.Detect(text).Language;
            ExtractedEntities found = EntityExtractor.Default.Extract(string.Empty, text, lang);
            if (parsed.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(
                    new Dictionary<string, IEnumerable<string>>
                    {
                        ["persons"] = found.Persons.Select(p => p.Value),
                        ["organizations"] = found.Organizations.Select(o => o.Value),
                    },
                    NewsJson.Options));
                return 0;
            }

            Print(console.Out, "person", found.Persons);
            Print(console.Out, "organization", found.Organizations);
            return 0;
        });
        return command;
    }

    private static void Print(TextWriter output, string type, IReadOnlyList<EntityValue> values)
    {
        foreach (EntityValue value in values)
        {
            output.WriteLine(value.Aliases.Count == 0 ? $"{type}\t{value.Value}" : $"{type}\t{value.Value}\t{string.Join("; ", value.Aliases)}");
        }
    }

    private static int Evaluate(CliConsole console, string file, bool json, bool listMisses)
    {
        if (!File.Exists(file))
        {
            throw new IOException($"The evaluation file '{file}' does not exist.");
        }

        var articles = new List<Article>();
        int skipped = 0;
        foreach (ArticleReadResult result in ArticleReader.Read(file))
        {
            if (result.Article is Article article)
            {
                articles.Add(article);
            }
            else
            {
                skipped++;
                console.Error.WriteLine($"searchctl: skipped {result.Error}");
            }
        }

        EntityEvaluation evaluation = EntityEvaluation.Run(articles, EntityExtractor.Default);
        if (listMisses)
        {
            foreach (EntityMiss miss in evaluation.Misses)
            {
                string kind = miss.Missing ? "missed" : "extra";
                console.Out.WriteLine($"{miss.ArticleId}\t{(miss.Type == EntityType.Person ? "person" : "organization")}\t{kind}\t{miss.Value}");
            }
        }

        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(
                new Dictionary<string, object>
                {
                    ["articles"] = evaluation.Articles,
                    ["skipped"] = skipped,
                    ["person"] = Scores(evaluation.Person),
                    ["organization"] = Scores(evaluation.Organization),
                },
                NewsJson.Options));
            return 0;
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"articles: {evaluation.Articles} ({skipped} skipped)"));
        console.Out.WriteLine(Line("person", evaluation.Person));
        console.Out.WriteLine(Line("organization", evaluation.Organization));
        return 0;
    }

    private static Dictionary<string, object> Scores(EntityScore score) => new()
    {
        ["precision"] = Math.Round(score.Precision, 4),
        ["recall"] = Math.Round(score.Recall, 4),
        ["f1"] = Math.Round(score.F1, 4),
        ["tp"] = score.TruePositives,
        ["fp"] = score.FalsePositives,
        ["fn"] = score.FalseNegatives,
    };

    private static string Line(string type, EntityScore score) => string.Create(
        CultureInfo.InvariantCulture,
        $"{type,-13} precision {score.Precision:0.000}  recall {score.Recall:0.000}  f1 {score.F1:0.000}  (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})");
}
