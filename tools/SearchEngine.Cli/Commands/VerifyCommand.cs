using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SearchEngine.News;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchctl verify [--json]</c>: check every checksum and structure; non-zero exit naming the bad file.</summary>
internal static class VerifyCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Option<bool> json = CommonOptions.Json("Print one JSON object: ok, docs, and the bad file and problem when not ok.");
        var command = new Command("verify", "Check every checksum and structure of the latest commit.") { json };
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(CommonOptions.Index);
            IndexCheck.RequireIndex(path);
            EngineVerifyResult result;
            string engine;
            using (NewsIndex index = NewsIndex.Open(path))
            {
                engine = index.Engine;
                result = index.Verify();
            }

            if (parsed.GetValue(json))
            {
                var output = new Dictionary<string, object?>
                {
                    ["ok"] = result.Ok,
                    ["engine"] = engine,
                    ["docs"] = result.LiveDocs,
                    ["segments"] = result.Segments,
                    ["bytes"] = result.Bytes,
                    ["generation"] = result.Generation,
                };
                if (!result.Ok)
                {
                    output["file"] = result.BadFile;
                    output["problem"] = result.Problem;
                }

                console.Out.WriteLine(JsonSerializer.Serialize(output, NewsJson.Options));
            }
            else if (result.Ok)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok: {engine} index, generation {result.Generation}, {result.Segments} segments, {result.LiveDocs} docs, {result.Bytes} bytes"));
            }

            if (!result.Ok)
            {
                console.Error.WriteLine($"searchctl: verify failed: {result.BadFile}: {result.Problem}");
                return CliApplication.FailureExitCode;
            }

            return 0;
        });
        return command;
    }
}
