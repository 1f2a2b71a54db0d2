namespace FolderIndexer;

/// <summary>The folder whose article files are indexed, and how often it is looked at.</summary>
public sealed record WatchedFolder(string Path, TimeSpan Interval);
