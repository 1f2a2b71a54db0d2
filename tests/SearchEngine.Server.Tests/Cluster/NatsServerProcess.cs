using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>
/// One real nats-server with JetStream, on loopback ports of its own, storing in a folder of its own; killed (with
/// its process tree) when stopped or disposed, whatever the test did.
/// </summary>
internal sealed class NatsServerProcess : IDisposable
{
    private readonly string[] arguments;
    private Process? process;

    private NatsServerProcess(string[] arguments, int port, int clusterPort, string storeFolder)
    {
        this.arguments = arguments;
        Port = port;
        ClusterPort = clusterPort;
        StoreFolder = storeFolder;
    }

    /// <summary>Gets the client port.</summary>
    public int Port { get; }

    /// <summary>Gets the route port (0 for a lone server).</summary>
    public int ClusterPort { get; }

    /// <summary>Gets the JetStream store folder.</summary>
    public string StoreFolder { get; }

    /// <summary>Gets the client URL.</summary>
    public string Url => $"nats://127.0.0.1:{Port}";

    /// <summary>Starts a lone server storing under <paramref name="folder"/> and waits until it takes connections.</summary>
    public static async Task<NatsServerProcess> StartAsync(string folder)
    {
        int port = FreePort();
        string store = Path.Combine(folder, "nats-" + port);
        var server = new NatsServerProcess(["-js", "-sd", store, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], port, 0, store);
        await server.RunAsync();
        return server;
    }

    /// <summary>Starts three servers routed into one JetStream cluster and waits until each takes connections.</summary>
    public static async Task<NatsServerProcess[]> StartClusterAsync(string folder, string name)
    {
        int[] ports = [FreePort(), FreePort(), FreePort()];
        int[] routes = [FreePort(), FreePort(), FreePort()];
        string all = string.Join(',', routes.Select(static p => $"nats://127.0.0.1:{p}"));
        var servers = new NatsServerProcess[3];
        for (int i = 0; i < 3; i++)
        {
            string store = Path.Combine(folder, "nats-" + ports[i]);
            servers[i] = new NatsServerProcess(
                ["-js", "-sd", store, "-a", "127.0.0.1", "-p", ports[i].ToString(System.Globalization.CultureInfo.InvariantCulture), "-n", $"{name}-{i + 1}",
                 "--cluster_name", name, "--cluster", $"nats://127.0.0.1:{routes[i]}", "--routes", all],
                ports[i],
                routes[i],
                store);
        }

        try
        {
            await Task.WhenAll(servers.Select(static s => s.RunAsync()));
        }
        catch
        {
            foreach (NatsServerProcess server in servers)
            {
                server.Dispose();
            }

            throw;
        }

        return servers;
    }

    /// <summary>Kills the server at once, as a machine going down; its store stays for a restart.</summary>
    public void Stop()
    {
        if (process is { } running)
        {
            try
            {
                running.Kill(entireProcessTree: true);
                running.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
                // It has exited already.
            }

            running.Dispose();
            process = null;
        }
    }

    public void Dispose() => Stop();

    private async Task RunAsync()
    {
        var info = new ProcessStartInfo(InstalledNats.ExecutablePath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        process = Process.Start(info) ?? throw new InvalidOperationException("Could not start nats-server.");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Bounded: the port answers within seconds, or the test fails here.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nats-server exited with {process.ExitCode} ({string.Join(' ', arguments)}).");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, TestContext.Current.CancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
