namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Looks up the field names a query may use, aliases included, without regard to case; built once per
/// <see cref="QueryParser"/>.
/// </summary>
internal sealed class QueryFieldTable
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly string _description;

    /// <summary>Initializes the table; throws when two fields share a name or alias.</summary>
    public QueryFieldTable(IReadOnlyList<QueryField> fields)
    {
        foreach (QueryField field in fields)
        {
            ArgumentNullException.ThrowIfNull(field, nameof(fields));
            foreach (string name in field.Aliases.Prepend(field.Name))
            {
                if (!_canonical.TryAdd(name, field.Name))
                {
                    throw new ArgumentException($"Field name '{name}' is given twice.", nameof(fields));
                }
            }
        }

        _description = string.Join(", ", fields);
    }

    /// <summary>
    /// Returns the canonical (lower-case) name for a field name as written, or <see langword="null"/> when it is not
    /// known. Without any known fields every name is accepted, lower-cased, as Lucene accepts any field.
    /// </summary>
    public string? Resolve(string written)
    {
        string name = written.ToLowerInvariant();
        if (_canonical.Count == 0)
        {
            return name;
        }

        return _canonical.TryGetValue(name, out string? canonical) ? canonical : null;
    }

    /// <summary>Returns the known names as an error message lists them: <c>title, body, organization (org)</c>.</summary>
    public override string ToString() => _description;
}
