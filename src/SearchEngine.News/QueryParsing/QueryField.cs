namespace SearchEngine.News.QueryParsing;

/// <summary>
/// A field name users may write before a colon (<c>organization:</c>), and its aliases (<c>org:</c>). Names are
/// matched without regard to case; the tree carries <see cref="Name"/> in lower case, so later steps never see an
/// alias.
/// </summary>
public sealed class QueryField
{
    /// <summary>Initializes a field with its canonical name and any aliases.</summary>
    public QueryField(string name, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        Name = Normalize(name, nameof(name));
        Aliases = Array.AsReadOnly(Array.ConvertAll(aliases, alias => Normalize(alias, nameof(aliases))));
    }

    /// <summary>Gets the canonical name, lower-cased.</summary>
    public string Name { get; }

    /// <summary>Gets the other names for the field, lower-cased.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Returns the name with its aliases as an error message lists them: <c>organization (org)</c>.</summary>
    public override string ToString() => Aliases.Count == 0 ? Name : $"{Name} ({string.Join(", ", Aliases)})";

    // A name must be writable in a query (the syntax writer escapes the rest), so it may not be empty, hold
    // whitespace or control characters, or be "*", which the syntax reserves for *:*.
    private static string Normalize(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameter);
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
            {
                throw new ArgumentException($"Field name '{name}' may not contain whitespace, control characters or surrogates.", parameter);
            }
        }

        if (name == "*")
        {
            throw new ArgumentException("Field name '*' is reserved for '*:*'.", parameter);
        }

        return name.ToLowerInvariant();
    }
}
