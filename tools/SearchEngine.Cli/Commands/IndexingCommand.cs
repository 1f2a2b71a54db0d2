using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SearchEngine.News;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using Spectre.Console;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchctl rebuild --source PATH...</c> and <c>searchctl add PATH...</c>: read articles, index them on all
/// cores, commit, and print one summary line (or one JSON object).
/// </summary>
internal static class IndexingCommand
{
    /// <summary>Creates <c>rebuild</c>: a complete new index from the sources, replacing the live one in one atomic commit.</summary>
    public static Command CreateRebuild(CliConsole console)
    {
        var sources = new Option<string[]>("--source")
        {
            Description = "Article files or folders (*.txt, *.jsonl); - reads JSON Lines from standard input.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("rebuild", "Build a complete new index from the sources beside the live one and swap it in atomically (one commit).")
        {
            sources,
        };
        var engine = new Option<string?>("--engine")
        {
            Description = $"The engine of the new index: {string.Join(" or ", NewsEngines.Names)} (default: the folder's own, else {NewsEngines.Default}).",
            HelpName = "NAME",
        };
        engine.AcceptOnlyFromAmong([.. NewsEngines.Names]);
        command.Options.Add(engine);
        AddCommon(command, out Options common);
        command.SetAction(parsed => Run(console, parsed, common with { Engine = engine }, parsed.GetRequiredValue(sources), rebuild: true));
        return command;
    }

    /// <summary>Creates <c>add</c>: add or replace (by id) the articles of the given files and folders.</summary>
    public static Command CreateAdd(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files or folders (*.txt, *.jsonl); - reads JSON Lines from standard input.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("add", "Add articles (replacing those with the same id) and commit.") { paths };
        AddCommon(command, out Options common);
        command.SetAction(parsed => Run(console, parsed, common, parsed.GetRequiredValue(paths), rebuild: false));
        return command;
    }

    private static void AddCommon(Command command, out Options options)
    {
        options = new Options(
            new Option<int>("--threads") { Description = "Indexing threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount },
            new Option<int>("--commit-every") { Description = "Also commit after every N articles (durable progress on long runs)." },
            new Option<double>("--ram-buffer-mb") { Description = "Memory for buffered documents before a segment is written.", DefaultValueFactory = _ => 256 },
            new Option<double>("--lock-wait") { Description = "Seconds to wait for the index's write lock while another writer (a server applying a batch, another add) holds it; 0 fails at once.", DefaultValueFactory = _ => 30, HelpName = "SECONDS" },
            new Option<bool>("--strict") { Description = "Stop at the first malformed record instead of skipping it." },
            CommonOptions.Json("Print one JSON object: docs, added, skipped, seconds, docsPerSecond, bytes, generation, duplicates, firstDuplicates."));
        options.Threads.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--threads must be at least 1."); } });
        options.CommitEvery.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--commit-every must not be negative."); } });
        options.RamBufferMB.Validators.Add(r => { if (r.GetValueOrDefault<double>() <= 0) { r.AddError("--ram-buffer-mb must be positive."); } });
        options.LockWait.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 0 or > 86_400) { r.AddError("--lock-wait must be from 0 to 86400 seconds."); } });
        command.Options.Add(options.Threads);
        command.Options.Add(options.CommitEvery);
        command.Options.Add(options.RamBufferMB);
        command.Options.Add(options.LockWait);
        command.Options.Add(options.Strict);
        command.Options.Add(options.Json);
    }

    private static int Run(CliConsole console, ParseResult parsed, Options options, string[] paths, bool rebuild)
    {
        string indexPath = parsed.GetRequiredValue(CommonOptions.Index);
        bool json = parsed.GetValue(options.Json);
        var readerOptions = new ArticleReaderOptions { Strict = parsed.GetValue(options.Strict) };
        var indexOptions = new NewsIndexOptions
        {
            Engine = options.Engine is null ? null : parsed.GetValue(options.Engine),
            RamBufferMB = parsed.GetValue(options.RamBufferMB),
            LockWait = TimeSpan.FromSeconds(parsed.GetValue(options.LockWait)),
            Create = rebuild,
        };
        var bulk = new BulkIndexOptions
        {
            Threads = parsed.GetValue(options.Threads),
            CommitEvery = parsed.GetValue(options.CommitEvery),
            OnSkipped = error => console.Error.WriteLine(SkippedMessage(error)),
            OnCommit = commit => console.Error.WriteLine(CommittedMessage(commit)),
        };

        var sources = new ArticleSources(paths, console.RawIn);
        BulkIndexResult result;
        using (NewsIndex index = NewsIndex.Open(indexPath, indexOptions))
        {
            result = !json && console.IsTerminal
                ? RunWithProgress(console, index, bulk, sources, readerOptions)
                : BulkIndexer.Run(index, sources.Read(readerOptions), bulk);
        }

        if (result.Duplicates > 0)
        {
            // A repeated id replaces the earlier article: say so, where, and how often, on stderr in both modes.
            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"searchctl: {result.Duplicates} articles repeat an id met earlier in this run (each replaced the earlier one); first: {string.Join(", ", result.FirstDuplicates)}"));
        }

        long bytes = result.Commit.Bytes;
        double seconds = result.Elapsed.TotalSeconds;
        double rate = seconds > 0 ? result.Added / seconds : 0;
        string verb = rebuild ? "rebuild" : "add";
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["docs"] = result.Commit.LiveDocs,
                ["added"] = result.Added,
                ["skipped"] = result.Skipped,
                ["seconds"] = Math.Round(seconds, 3),
                ["docsPerSecond"] = Math.Round(rate, 1),
                ["bytes"] = bytes,
                ["generation"] = result.Commit.Generation,
                ["duplicates"] = result.Duplicates,
                ["firstDuplicates"] = result.FirstDuplicates.Select(d => d.ToString()).ToArray(),
            }, NewsJson.Options));
        }
        else
        {
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{verb}: {result.Commit.LiveDocs} docs ({result.Added} added), {result.Skipped} skipped, {seconds:0.00} s, {rate:0} docs/s, {bytes} bytes"));
        }

        return 0;
    }

    /// <summary>
    /// Runs with a progress bar over the bytes read (a single large JSON Lines file moves it too), the articles indexed
    /// and skipped in its label. What would be printed to standard error meanwhile (skipped records, commits) is held
    /// and printed after the bar is cleared, so no message garbles it.
    /// </summary>
    private static BulkIndexResult RunWithProgress(CliConsole console, NewsIndex index, BulkIndexOptions bulk, ArticleSources sources, ArticleReaderOptions readerOptions)
    {
        ProgressTask? bar = null;
        IEnumerable<ArticleReadResult> records = sources.Read(readerOptions with { OnBytesRead = bytes => bar?.Increment(bytes) });
        long? totalBytes = sources.TotalBytes();
        var held = new List<string>();
        long skipped = 0;
        BulkIndexResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("indexing", maxValue: Math.Max(1, totalBytes ?? 1));
                task.IsIndeterminate = totalBytes is null;
                bar = totalBytes is null ? null : task;
                long indexed = 0;
                void Describe() => task.Description = string.Create(CultureInfo.InvariantCulture, $"indexed {Interlocked.Read(ref indexed):N0} articles, {Interlocked.Read(ref skipped):N0} skipped");
                result = BulkIndexer.Run(index, records, bulk with
                {
                    OnProgress = count =>
                    {
                        Interlocked.Exchange(ref indexed, count);
                        Describe();
                    },
                    OnSkipped = error =>
                    {
                        Interlocked.Increment(ref skipped);
                        lock (held)
                        {
                            held.Add(SkippedMessage(error));
                        }

                        Describe();
                    },
                    OnCommit = commit =>
                    {
                        lock (held)
                        {
                            held.Add(CommittedMessage(commit));
                        }
                    },
                });
                task.Value = task.MaxValue;
            });
        foreach (string message in held)
        {
            console.Error.WriteLine(message);
        }

        return result!;
    }

    private static string SkippedMessage(ArticleError error) => $"searchctl: skipped {error}";

    private static string CommittedMessage(NewsCommit commit) =>
        string.Create(CultureInfo.InvariantCulture, $"searchctl: committed generation {commit.Generation} with {commit.LiveDocs} documents");

    private sealed record Options(Option<int> Threads, Option<int> CommitEvery, Option<double> RamBufferMB, Option<double> LockWait, Option<bool> Strict, Option<bool> Json)
    {
        /// <summary>Gets the <c>--engine</c> option of <c>rebuild</c>; null for <c>add</c>, which takes the index's engine.</summary>
        public Option<string?>? Engine { get; init; }
    }
}
