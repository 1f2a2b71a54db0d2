using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SearchEngine.News;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchctl stats [--json]</c>: documents, segments, bytes, languages and top facet values of the latest commit.</summary>
internal static class StatsCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Option<bool> json = CommonOptions.Json("Print one JSON object.");
        var command = new Command("stats", "Show documents, segments, bytes, languages and top persons and organizations.") { json };
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(CommonOptions.Index);
            IndexCheck.RequireIndex(path);
            IndexStats stats;
            using (NewsIndex index = NewsIndex.Open(path))
            {
                stats = index.GetStats();
            }

            if (parsed.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["engine"] = stats.Engine,
                    ["docs"] = stats.Docs,
                    ["deleted"] = stats.Deleted,
                    ["segments"] = stats.Segments,
                    ["bytes"] = stats.Bytes,
                    ["generation"] = stats.Generation,
                    ["languages"] = stats.Languages.ToDictionary(p => p.Label, p => p.Count),
                    ["persons"] = stats.TopPersons.Select(p => new object[] { p.Label, p.Count }).ToList(),
                    ["organizations"] = stats.TopOrganizations.Select(p => new object[] { p.Label, p.Count }).ToList(),
                }, NewsJson.Options));
                return 0;
            }

            TextWriter o = console.Out;
            o.WriteLine($"engine: {stats.Engine}");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs: {stats.Docs} ({stats.Deleted} deleted, not yet merged away)"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segments: {stats.Segments}, bytes: {stats.Bytes}, generation: {stats.Generation}"));
            o.WriteLine("languages: " + Format(stats.Languages));
            o.WriteLine("persons: " + Format(stats.TopPersons));
            o.WriteLine("organizations: " + Format(stats.TopOrganizations));
            return 0;
        });
        return command;
    }

    private static string Format(IReadOnlyList<LabelAndCount> values) =>
        values.Count == 0 ? "(none)" : string.Join(", ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Label} {v.Count}")));
}
