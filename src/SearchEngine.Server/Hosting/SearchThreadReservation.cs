using Microsoft.Extensions.Options;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// Raises the thread pool's minimum at start so that searches holding every slot of both lanes (each blocks a pool
/// thread while the engine runs) still leave threads for <c>/healthz</c>, the front end and the queue: without it
/// the pool starts with one thread per core and adds more only slowly, and health checks waited seconds under a
/// flood of searches.
/// </summary>
internal sealed class SearchThreadReservation(IOptions<SearchOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        SearchOptions settings = options.Value;
        int searches = settings.MaxConcurrentSearches + RateLimiting.BroadSearchSlots(settings);
        int wanted = searches + (2 * Environment.ProcessorCount);
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, completionPorts);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
