namespace SearchEngine.News.Replication;

/// <summary>
/// What a replica needs to reproduce one commit of an index: its engine, its generation and every file it needs
/// with length and SHA-256, one of them the commit point, which a copy writes last. Serialised as JSON
/// (<see cref="ToJson"/>, <see cref="Parse"/>; the grammar is in docs/FORMAT.md).
/// </summary>
/// <param name="Engine">The engine that wrote the commit (<see cref="Engines.NewsEngines.Names"/>); a replica of the other engine refuses it.</param>
/// <param name="Generation">The commit's generation; a later commit of the same index has a larger one.</param>
/// <param name="CommitFile">The name of the commit point among <paramref name="Files"/>: the file whose presence makes the commit exist.</param>
/// <param name="Files">Every file of the commit, the commit point included, in ordinal order of name.</param>
public sealed record NewsCommitManifest(string Engine, long Generation, string CommitFile, IReadOnlyList<NewsCommitFile> Files)
{
    /// <summary>The version of the JSON form <see cref="ToJson"/> writes and <see cref="Parse"/> reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Gets the total length of the commit's files.</summary>
    public long Bytes
    {
        get
        {
            long total = 0;
            foreach (NewsCommitFile file in Files)
            {
                total += file.Length;
            }

            return total;
        }
    }

    /// <summary>Returns the file named <paramref name="name"/>, or null when the commit does not need it.</summary>
    public NewsCommitFile? Find(string name)
    {
        foreach (NewsCommitFile file in Files)
        {
            if (string.Equals(file.Name, name, StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>Writes the manifest as one line of JSON in the product's style (camelCase, <see cref="NewsJson"/>), with <c>formatVersion</c>.</summary>
    public string ToJson() => CommitManifestJson.Write(this);

    /// <summary>Reads a manifest written by <see cref="ToJson"/>, checking every field; unknown properties are ignored.</summary>
    /// <exception cref="InvalidDataException">The text is not JSON, or a field is missing or wrong; the message names the field and what is wrong with it.</exception>
    public static NewsCommitManifest Parse(string json) => CommitManifestJson.Read(json);
}
