using System.CommandLine;
using System.Globalization;
using SearchEngine.News.Indexing;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchctl delete ID...</c>: delete articles by id and commit.</summary>
internal static class DeleteCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var ids = new Argument<string[]>("ID") { Description = "Ids of the articles to delete.", Arity = ArgumentArity.OneOrMore };
        Option<bool> json = CommonOptions.Json("Print {\"docs\": live documents after the delete}.");
        var command = new Command("delete", "Delete articles by id and commit.") { ids, json };
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(CommonOptions.Index);
            IndexCheck.RequireIndex(path);
            string[] deleted = parsed.GetRequiredValue(ids);
            NewsCommit commit;
            using (NewsIndex index = NewsIndex.Open(path))
            {
                foreach (string id in deleted)
                {
                    index.Delete(id);
                }

                commit = index.Commit();
            }

            console.Out.WriteLine(parsed.GetValue(json)
                ? string.Create(CultureInfo.InvariantCulture, $"{{\"docs\":{commit.LiveDocs},\"generation\":{commit.Generation}}}")
                : string.Create(CultureInfo.InvariantCulture, $"delete: {deleted.Length} ids, {commit.LiveDocs} docs left"));
            return 0;
        });
        return command;
    }
}
