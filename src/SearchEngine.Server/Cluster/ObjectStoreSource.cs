using System.Buffers.Text;
using System.IO.Pipelines;
using System.Security.Cryptography;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.ObjectStore;
using NATS.Client.ObjectStore.Models;
using SearchEngine.News.Replication;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// Reads a commit's files from the object store for <see cref="NewsReplica.InstallAsync"/>: each file's object is
/// named by its SHA-256 in the manifest (<see cref="CommitPublisher.ObjectName"/>), and streamed through a pipe, so
/// nothing is buffered whole. The replica checks every byte against the manifest; an object the store itself finds
/// damaged (its size or digest) is reported as <see cref="InvalidDataException"/> too.
/// </summary>
/// <remarks>
/// The object's chunks are read one message get at a time (<c>STREAM.MSG.GET</c> with <c>next_by_subj</c>), not through
/// the ordered consumer NATS.Net's <c>GetAsync</c> creates: nats-server before 2.12 may place an ephemeral consumer on
/// a stopped node of the cluster (nats-server pull request 7165), and such a creation is never answered, so with one
/// of three nodes down about a third of the reads failed and an install of several files almost never finished.
/// </remarks>
internal static class ObjectStoreSource
{
    /// <summary>How long a read may wait for the next bytes of an object before the install gives up (and is tried again).</summary>
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(20);

    /// <summary>JetStream's error code for a message get that finds no message (<c>JSNoMessageFoundErr</c>).</summary>
    private const int NoMessageFound = 10037;

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
            await ReadChunksAsync(files, file, writer, cancellationToken).ConfigureAwait(false);
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
        catch (Exception ex)
        {
            await writer.CompleteAsync(ex).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the chunks of <paramref name="file"/>'s object to <paramref name="writer"/> in order, checking their count, size and digest against the object's metadata.</summary>
    private static async Task ReadChunksAsync(INatsObjStore files, NewsCommitFile file, PipeWriter writer, CancellationToken cancellationToken)
    {
        ObjectMetadata info = await files.GetInfoAsync(CommitPublisher.ObjectName(file), cancellationToken: cancellationToken).ConfigureAwait(false);
        string chunkSubject = $"$O.{files.Bucket}.C.{info.Nuid}";
        var stream = (NatsJSStream)await files.JetStreamContext.GetStreamAsync($"OBJ_{files.Bucket}", cancellationToken: cancellationToken).ConfigureAwait(false);
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ulong next = 1;
        ulong size = 0;
        for (uint chunk = 0; chunk < info.Chunks; chunk++)
        {
            StreamMsgGetResponse response;
            try
            {
                response = await stream.GetAsync(new StreamMsgGetRequest { Seq = next, NextBySubj = chunkSubject }, cancellationToken).ConfigureAwait(false);
            }
            catch (NatsJSApiException ex) when (ex.Error.ErrCode == NoMessageFound)
            {
                throw Damaged(file, $"it has {chunk} of its {info.Chunks} chunks", ex);
            }

            ReadOnlyMemory<byte> data = response.Message.Data;
            size += (ulong)data.Length;
            if (size > info.Size)
            {
                throw Damaged(file, $"its chunks hold more than its {info.Size} bytes", inner: null);
            }

            digest.AppendData(data.Span);
            await writer.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            next = response.Message.Seq + 1;
        }

        if (size != info.Size)
        {
            throw Damaged(file, $"its chunks hold {size} of its {info.Size} bytes", inner: null);
        }

        // "SHA-256=" and the hash in base64url; NATS clients differ on its padding.
        string actual = "SHA-256=" + Base64Url.EncodeToString(digest.GetHashAndReset());
        if (!string.Equals(actual, info.Digest?.TrimEnd('='), StringComparison.Ordinal))
        {
            throw Damaged(file, $"its digest is {actual}, its metadata says {info.Digest}", inner: null);
        }
    }

    private static InvalidDataException Damaged(NewsCommitFile file, string reason, Exception? inner) =>
        new($"The object of '{file.Name}' ({file.Sha256}) failed the object store's check: {reason}.", inner);
}
