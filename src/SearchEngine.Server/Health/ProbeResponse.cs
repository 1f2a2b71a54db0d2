namespace SearchEngine.Server.Health;

/// <summary>The answer to <c>GET /healthz/live</c> and <c>GET /healthz/ready</c>: the probe's verdict and each check's.</summary>
/// <param name="Status"><c>ok</c> (200) or, when a check fails, <c>unavailable</c> (503).</param>
/// <param name="Checks">Each check the probe ran, by name, with its status: <c>ok</c>, <c>degraded</c> or <c>unavailable</c>.</param>
internal sealed record ProbeResponse(string Status, IReadOnlyDictionary<string, string> Checks);
