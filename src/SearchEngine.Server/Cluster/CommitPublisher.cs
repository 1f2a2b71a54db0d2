using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;
using NATS.Client.ObjectStore.Models;
using SearchEngine.News.Indexing;
using SearchEngine.News.Replication;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// Hands the indexer's latest commit to the search nodes: holds it, uploads to the object store the files it does not
/// have yet, then writes the manifest to the manifest key with an update checked against the revision this indexer
/// read or wrote last, so a deposed indexer cannot overwrite a newer manifest; then ends the hold.
/// </summary>
/// <remarks>
/// Objects are content-addressed: a file's object is named by its SHA-256 (the manifest's), so an object never
/// changes once written, a file shared by many commits is uploaded once, and a search node finds a file's object
/// from the manifest alone. Objects no manifest uses any more are deleted by <see cref="ClusterRetention"/>, which tells
/// this publisher through <see cref="Forget"/>.
/// </remarks>
internal sealed partial class CommitPublisher(ClusterStores stores, string manifestKey, ILogger logger)
{
    private readonly HashSet<string> uploaded = new(StringComparer.Ordinal);

    /// <summary>Gets the revision of the manifest key this publisher read or wrote last (0: the key had no value).</summary>
    public ulong Revision { get; private set; }

    /// <summary>Gets the manifest at <see cref="Revision"/>, or null when there was none.</summary>
    public NewsCommitManifest? Latest { get; private set; }

    /// <summary>Reads the current manifest and its revision, which the next <see cref="PublishAsync"/> must still find.</summary>
    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            NatsKVEntry<string> entry = await stores.Manifests.GetEntryAsync<string>(manifestKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            Revision = entry.Revision;
            Latest = entry.Value is { } json ? NewsCommitManifest.Parse(json) : null;
        }
        catch (NatsKVKeyNotFoundException)
        {
            Revision = 0;
            Latest = null;
        }
        catch (NatsKVKeyDeletedException ex)
        {
            Revision = ex.Revision;
            Latest = null;
        }
    }

    /// <summary>Publishes <paramref name="writer"/>'s latest commit; returns its manifest.</summary>
    /// <exception cref="NatsKVWrongLastRevisionException">Another indexer wrote the manifest since: this one is deposed.</exception>
    public async Task<NewsCommitManifest> PublishAsync(NewsIndex writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using NewsHeldCommit held = writer.HoldCommit();
        NewsCommitManifest manifest = held.Manifest;
        int sent = 0;
        foreach (NewsCommitFile file in manifest.Files)
        {
            if (await UploadAsync(held, file, cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }

        string json = manifest.ToJson();
        Revision = Revision == 0
            ? await stores.Manifests.CreateAsync(manifestKey, json, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await stores.Manifests.UpdateAsync(manifestKey, json, Revision, cancellationToken: cancellationToken).ConfigureAwait(false);
        Latest = manifest;
        LogPublished(logger, manifest.Generation, manifest.Files.Count, sent, Revision);
        return manifest;
    }

    /// <summary>Forgets that the object <paramref name="name"/> was uploaded (it was deleted): a later commit with the same file uploads it again.</summary>
    public void Forget(string name) => uploaded.Remove(name);

    /// <summary>Returns the object name of <paramref name="file"/>: its SHA-256.</summary>
    public static string ObjectName(NewsCommitFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Sha256;
    }

    private async Task<bool> UploadAsync(NewsHeldCommit held, NewsCommitFile file, CancellationToken cancellationToken)
    {
        string name = ObjectName(file);
        if (uploaded.Contains(name))
        {
            return false;
        }

        bool present;
        try
        {
            ObjectMetadata info = await stores.Files.GetInfoAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false);
            present = info.Size == (ulong)file.Length;
        }
        catch (NatsObjNotFoundException)
        {
            present = false;
        }

        if (!present)
        {
            Stream content = held.OpenRead(file.Name);
            await using (content.ConfigureAwait(false))
            {
                await stores.Files.PutAsync(name, content, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        uploaded.Add(name);
        return !present;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published commit generation {Generation}: {Files} file(s), {Uploaded} uploaded; manifest revision {Revision}")]
    private static partial void LogPublished(ILogger logger, long generation, int files, int uploaded, ulong revision);
}
