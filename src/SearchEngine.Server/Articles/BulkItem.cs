using System.Text.Json.Serialization;

namespace SearchEngine.Server.Articles;

/// <summary>What became of one line of <c>POST /api/articles/_bulk</c>.</summary>
/// <param name="Line">The 1-based line number in the request body.</param>
/// <param name="Id">The article id, or null when the line names none that could be read.</param>
/// <param name="Status">One of <see cref="Created"/>, <see cref="Updated"/>, <see cref="Accepted"/>, <see cref="Invalid"/>, <see cref="Failed"/>.</param>
/// <param name="Sequence">In a cluster, the stream sequence of an accepted line; otherwise null.</param>
/// <param name="Errors">For an invalid line, one message per bad field, as the 400 of a <c>PUT</c> names them; otherwise null.</param>
internal sealed record BulkItem(
    int Line,
    string? Id,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ulong? Sequence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>Alone: the id was new, and the article is committed and visible.</summary>
    public const string Created = "created";

    /// <summary>Alone: the article replaced one with the same id (or an earlier line of the request), committed and visible.</summary>
    public const string Updated = "updated";

    /// <summary>In a cluster: JetStream acknowledged the put (durable); searches see it once the indexer has committed it.</summary>
    public const string Accepted = "accepted";

    /// <summary>The line is not a valid article (bad JSON, a bad field, too long); nothing was written for it.</summary>
    public const string Invalid = "invalid";

    /// <summary>In a cluster: the stream did not acknowledge the put (or an earlier one of the request), so it is not durable; send it again.</summary>
    public const string Failed = "failed";
}
