namespace SearchEngine.Server.Health;

/// <summary>The answer to <c>GET /healthz</c>: the snapshot being served.</summary>
/// <param name="Status">Always <c>ok</c> when the index is open.</param>
/// <param name="Engine">The engine the index is written with: <c>lucenenet</c> or <c>native</c>.</param>
/// <param name="Generation">The commit generation being searched.</param>
/// <param name="Documents">The number of live articles in it.</param>
/// <param name="Segments">The number of segments in it.</param>
/// <param name="OpenedAt">When the server opened that commit.</param>
/// <param name="WritesEnabled">Whether an API key is configured, so that PUT, DELETE and the bulk POST are accepted.</param>
internal sealed record HealthResponse(string Status, string Engine, long Generation, int Documents, int Segments, DateTimeOffset OpenedAt, bool WritesEnabled);
