using System.Diagnostics;

namespace SearchEngine.News.Engines;

/// <summary>
/// The one way engines wait for a folder's write lock: try, and while another writer holds it and the wait has time
/// left, sleep a short, jittered while and try again; past the wait the last <see cref="IndexLockedException"/> is
/// thrown. Short sleeps catch the gaps between another writer's short sessions (a server commits batch by batch).
/// </summary>
public static class LockWait
{
    /// <summary>Returns <paramref name="open"/>'s result, retrying it while it throws <see cref="IndexLockedException"/> and <paramref name="wait"/> lasts.</summary>
    public static T Retry<T>(TimeSpan wait, Func<T> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return open();
            }
            catch (IndexLockedException) when (elapsed.Elapsed < wait)
            {
                Thread.Sleep(Random.Shared.Next(20, 60));
            }
        }
    }
}
