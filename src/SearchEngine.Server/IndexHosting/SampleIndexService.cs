namespace SearchEngine.Server.IndexHosting;

/// <summary>
/// Builds the index from the sample articles on a first start (<see cref="SampleIndexBuilder"/>) before the index
/// service opens it: registered before <c>AddNewsSearch</c>, it starts first.
/// </summary>
internal sealed class SampleIndexService(SampleIndexBuilder builder) : IHostedService
{
    /// <summary>Builds the sample index when the folder holds none; CPU work of a few seconds at most, off the caller's thread.</summary>
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => builder.EnsureIndex(cancellationToken), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
