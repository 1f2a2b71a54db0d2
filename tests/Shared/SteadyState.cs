namespace SearchEngine.Tests;

/// <summary>Measures allocation in the steady state: after warm-up, once background JIT tiering has settled.</summary>
internal static class SteadyState
{
    /// <summary>
    /// Runs <paramref name="action"/> to warm up, then measures the bytes this thread allocates over
    /// <paramref name="rounds"/> rounds and returns the smallest; tier-up compilation that happens to land in a
    /// round (the runtime's, not the code's) therefore cannot fail a zero-allocation assertion.
    /// </summary>
    public static long AllocatedBytes(Action action, int rounds = 5)
    {
        for (int i = 0; i < 3; i++)
        {
            action();
        }

        Thread.Sleep(200);
        long least = long.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
