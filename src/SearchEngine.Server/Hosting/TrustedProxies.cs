using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Configuration;
using IPNetwork = System.Net.IPNetwork;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// Takes the client's address (and scheme) from <c>X-Forwarded-For</c> (and <c>X-Forwarded-Proto</c>) only when
/// the connection comes from a proxy in <see cref="SearchOptions.TrustedProxies"/>; from anyone else, and from
/// everyone when none is configured (the default), the headers are ignored.
/// </summary>
/// <remarks>
/// The per-client rate limit partitions by <see cref="ConnectionInfo.RemoteIpAddress"/>, which this rewrites: behind
/// a trusted nginx each client gets its own bucket, and a client that sends the header itself cannot choose one.
/// ASP.NET Core's middleware trusts every sender when its lists are empty, so with no proxy configured it is told to
/// process no header at all, and its default (loopback) entries are always cleared.
/// </remarks>
internal static class TrustedProxies
{
    /// <summary>Configures the forwarded headers middleware from <see cref="SearchOptions.TrustedProxies"/>.</summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SearchOptions>>(static (forwarded, search) =>
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            forwarded.ForwardedHeaders = ForwardedHeaders.None;
            foreach (string entry in search.Value.TrustedProxies)
            {
                if (TryParse(entry, out IPNetwork network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            }

            if (forwarded.KnownIPNetworks.Count > 0)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

                // Walk back through a chain of trusted proxies to the first address that is not one of them.
                forwarded.ForwardLimit = null;
            }
        });
        return services;
    }

    /// <summary>Adds the middleware; before the rate limiter and anything else that looks at the client's address.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>Parses one entry: an IP address (<c>10.0.0.5</c>, <c>::1</c>) or a network in CIDR form (<c>10.0.0.0/8</c>).</summary>
    public static bool TryParse(string? entry, out IPNetwork network)
    {
        string text = entry?.Trim() ?? string.Empty;
        if (!text.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(text, out IPAddress? address))
        {
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return IPNetwork.TryParse(text, out network);
    }
}
