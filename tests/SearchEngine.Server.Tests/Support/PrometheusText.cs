using System.Globalization;

namespace SearchEngine.Server.Tests.Support;

/// <summary>The samples of a Prometheus text exposition (<c>/metrics</c>), parsed just enough for the tests.</summary>
internal sealed class PrometheusText
{
    private PrometheusText(IReadOnlyList<Sample> samples) => Samples = samples;

    /// <summary>Gets every sample line: metric name, labels, value.</summary>
    public IReadOnlyList<Sample> Samples { get; }

    /// <summary>Fetches <c>/metrics</c> from <paramref name="server"/>, asserting 200 and the Prometheus text format.</summary>
    public static async Task<PrometheusText> ScrapeAsync(RunningServer server)
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET /metrics -> {(int)response.StatusCode}: {body}");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Content.Headers.ContentType!.Parameters, p => p.Name == "version" && p.Value == "0.0.4");
        return Parse(body);
    }

    /// <summary>Parses the exposition: comments skipped, each other line <c>name{label="value",...} number</c>.</summary>
    public static PrometheusText Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            int valueStart = line.LastIndexOf(' ');
            string series = line[..valueStart];
            double value = double.Parse(line[(valueStart + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
            int brace = series.IndexOf('{', StringComparison.Ordinal);
            string name = brace < 0 ? series : series[..brace];
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (brace >= 0)
            {
                // Label values here hold no quotes or commas (routes, methods, status codes), so a plain split will do.
                foreach (string pair in series[(brace + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    int equals = pair.IndexOf('=', StringComparison.Ordinal);
                    labels[pair[..equals]] = pair[(equals + 1)..].Trim('"');
                }
            }

            samples.Add(new Sample(name, labels, value));
        }

        return new PrometheusText(samples);
    }

    /// <summary>Returns the samples of metric <paramref name="name"/> whose labels include every one of <paramref name="labels"/>.</summary>
    public IReadOnlyList<Sample> Find(string name, params (string Name, string Value)[] labels) =>
        [.. Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Name, out string? value) && value == l.Value))];

    /// <summary>One sample: a metric name, its labels and its value.</summary>
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
}
