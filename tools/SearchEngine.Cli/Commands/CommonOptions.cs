using System.CommandLine;
using SearchEngine.Analysis;

namespace SearchEngine.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>Gets <c>--index DIR</c>: the index home every command works on (default <c>index/</c>).</summary>
    public static Option<string> Index { get; } = new("--index")
    {
        Description = "The index directory.",
        HelpName = "DIR",
        Recursive = true,
        DefaultValueFactory = _ => "index/",
    };

    /// <summary>Creates a required <c>--lang</c> option accepting the languages that have an analyzer.</summary>
    public static Option<string> Language(string description)
    {
        var option = new Option<string>("--lang")
        {
            Description = description,
            Required = true,
        };
        option.AcceptOnlyFromAmong([.. AnalyzerRegistry.Languages]);
        return option;
    }

    /// <summary>Creates the <c>--json</c> flag.</summary>
    public static Option<bool> Json(string description) => new("--json") { Description = description };
}
