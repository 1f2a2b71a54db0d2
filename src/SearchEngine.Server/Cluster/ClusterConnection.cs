using Microsoft.Extensions.Options;
using NATS.Client.Core;
using NATS.Client.JetStream;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Cluster;

/// <summary>The node's one connection to NATS, made on first use (never while the server is assembled) and closed with the host.</summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private readonly NatsConnection connection;

    /// <summary>Prepares the connection to <see cref="ClusterOptions.Urls"/> under the node's name; nothing is sent until the first use.</summary>
    public ClusterConnection(IOptions<SearchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        connection = new NatsConnection(Options(options.Value.Cluster));
        JetStream = new NatsJSContext(connection);
    }

    /// <summary>Returns the settings of a connection of this node to <paramref name="cluster"/>'s servers (the node's name, reconnecting forever).</summary>
    public static NatsOpts Options(ClusterOptions cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new NatsOpts
        {
            Url = string.Join(',', cluster.ServerUrls()),
            Name = cluster.NodeName,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromSeconds(10),
            MaxReconnectRetry = -1,
        };
    }

    /// <summary>Gets the JetStream context over the connection.</summary>
    public INatsJSContext JetStream { get; }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
