using System.Security.Cryptography;

namespace SearchEngine.Core.Index;

/// <summary>What a segment is made of: its name, document count, fields and files. Immutable once written.</summary>
/// <param name="Name">The segment name (<c>_0</c>, <c>_1</c>, ...).</param>
/// <param name="MaxDoc">The number of documents, deleted ones included; doc ids run from 0 to MaxDoc - 1.</param>
/// <param name="FieldInfos">The segment's fields.</param>
/// <param name="Files">The segment's files, the .si file included, live documents excluded (those belong to commits).</param>
/// <param name="Diagnostics">How the segment was made (source "flush" or "merge", time, counts), for stats and debugging.</param>
/// <param name="Id">
/// The segment's random identity, recorded in its .si file and in every commit that names it, so a segment of
/// another index that happens to have the same name is never taken for this one; empty for segments written by
/// format version 1, which had none.
/// </param>
internal sealed record SegmentInfo(string Name, int MaxDoc, FieldInfos FieldInfos, IReadOnlyList<string> Files, IReadOnlyDictionary<string, string> Diagnostics, Guid Id)
{
    /// <summary>Returns a new random identity (16 bytes from the cryptographic generator).</summary>
    public static Guid NewId() => new(RandomNumberGenerator.GetBytes(16));
}
