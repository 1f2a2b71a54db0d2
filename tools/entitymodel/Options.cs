namespace SearchEngine.EntityModel;

/// <summary>The command line: a command, positional arguments and <c>--name value</c> options.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> named = new(StringComparer.Ordinal);

    public Options(string[] args)
    {
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"The option {args[i]} needs a value.");
                }

                named[args[i][2..]] = args[++i];
            }
            else
            {
                Positional.Add(args[i]);
            }
        }

        Command = args.Length > 0 ? args[0] : string.Empty;
    }

    public string Command { get; }

    public List<string> Positional { get; } = [];

    public string Get(string name, string fallback) => named.GetValueOrDefault(name, fallback);

    public int GetInt(string name, int fallback) =>
        named.TryGetValue(name, out string? value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
