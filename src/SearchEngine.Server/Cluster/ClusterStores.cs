using NATS.Client.JetStream;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;

namespace SearchEngine.Server.Cluster;

/// <summary>The cluster's JetStream pieces, once <see cref="ClusterTopology"/> has made sure they exist.</summary>
/// <param name="JetStream">The JetStream context, to publish to and consume the article stream.</param>
/// <param name="Manifests">The bucket of the latest commit's manifest.</param>
/// <param name="Leases">The bucket of the indexer lease.</param>
/// <param name="Files">The object store of the commits' files, named by their SHA-256.</param>
internal sealed record ClusterStores(INatsJSContext JetStream, INatsKVStore Manifests, INatsKVStore Leases, INatsObjStore Files);
