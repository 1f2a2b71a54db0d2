namespace SearchEngine.Core.Search;

/// <summary>How often the hot loops look at a search's cancellation token: often enough to stop within milliseconds, rarely enough to cost nothing measurable.</summary>
internal static class CancellationCheck
{
    /// <summary>The documents (or terms) visited between two checks.</summary>
    public const int Interval = 4096;
}
