using System.CommandLine;
using SearchEngine.Cli.Commands;

namespace SearchEngine.Cli;

/// <summary>Builds the <c>searchctl</c> command tree and runs one command line.</summary>
internal static class CliApplication
{
    /// <summary>Exit code of a command that failed while running (bad input data, I/O).</summary>
    public const int FailureExitCode = 1;

    /// <summary>Exit code of a command line that does not parse (unknown option, missing or bad value).</summary>
    public const int UsageExitCode = 2;

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        RootCommand root = BuildRoot(console);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line naming what was wrong, then where to look; System.CommandLine's default prints the whole help.
            console.Error.WriteLine($"searchctl: {parsed.Errors[0].Message}");
            console.Error.WriteLine($"Try '{HelpHint(parsed)}' for usage.");
            return UsageExitCode;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or News.Articles.ArticleFormatException or News.QueryParsing.QueryParseException)
        {
            console.Error.WriteLine($"searchctl: {ex.Message}");
            return FailureExitCode;
        }
    }

    private static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("searchctl: analyze text and build, maintain and query SearchEngine indexes.")
        {
            CommonOptions.Index,
        };
        root.Subcommands.Add(AnalyzeCommand.Create(console));
        root.Subcommands.Add(StemCommand.Create(console));
        root.Subcommands.Add(DetectCommand.Create(console));
        root.Subcommands.Add(EntitiesCommand.Create(console));
        root.Subcommands.Add(IndexingCommand.CreateRebuild(console));
        root.Subcommands.Add(IndexingCommand.CreateAdd(console));
        root.Subcommands.Add(DeleteCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(VerifyCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(QueryBatchCommand.Create(console));
        return root;
    }

    private static string HelpHint(ParseResult parsed)
    {
        string command = parsed.CommandResult.Command is RootCommand ? string.Empty : parsed.CommandResult.Command.Name + " ";
        return $"searchctl {command}--help";
    }
}
