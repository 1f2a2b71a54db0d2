using System.IO.Pipelines;
using NATS.Client.ObjectStore;
using SearchEngine.News.Replication;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// Reads a commit's files from the object store for <see cref="NewsReplica.InstallAsync"/>: each file's object is
/// named by its SHA-256 in the manifest (<see cref="CommitPublisher.ObjectName"/>), and streamed through a pipe, so
/// nothing is buffered whole. The replica checks every byte against the manifest; an object the store itself finds
/// damaged (its digest) is reported as <see cref="InvalidDataException"/> too.
/// </summary>
internal static class ObjectStoreSource
{
    /// <summary>How long a read may wait for the next bytes of an object before the install gives up (and is tried again).</summary>
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Returns the source of <paramref name="manifest"/>'s files in <paramref name="files"/>.</summary>
    public static NewsCommitSource For(INatsObjStore files, NewsCommitManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(manifest);
        return (fileName, cancellationToken) =>
        {
            NewsCommitFile file = manifest.Find(fileName) ?? throw new InvalidDataException($"The manifest of generation {manifest.Generation} has no file '{fileName}'.");
            var pipe = new Pipe();

            // Ended when the reader gives up (a stall, or the stream disposed) or the install is cancelled.
            var copying = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _ = CopyAsync(files, file, pipe.Writer, copying.Token);
            return Task.FromResult<Stream>(new StallGuardStream(pipe.Reader.AsStream(), StallTimeout, $"The object of '{file.Name}' ({file.Sha256})", copying));
        };
    }

    private static async Task CopyAsync(INatsObjStore files, NewsCommitFile file, PipeWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            await files.GetAsync(CommitPublisher.ObjectName(file), writer.AsStream(leaveOpen: true), leaveOpen: true, cancellationToken).ConfigureAwait(false);
            await writer.CompleteAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException ex)
        {
            await writer.CompleteAsync(ex).ConfigureAwait(false);
        }
        catch (NatsObjNotFoundException ex)
        {
            await writer.CompleteAsync(new InvalidOperationException($"The object store has no object for '{file.Name}' ({file.Sha256}).", ex)).ConfigureAwait(false);
        }
        catch (NatsObjException ex)
        {
            await writer.CompleteAsync(new InvalidDataException($"The object of '{file.Name}' ({file.Sha256}) failed the object store's check: {ex.Message}", ex)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await writer.CompleteAsync(ex).ConfigureAwait(false);
        }
    }
}
