using Microsoft.Extensions.Options;

namespace SearchEngine.Server.Configuration;

/// <summary>The metrics settings, <c>Search:Metrics:*</c> (<see cref="Observability.ServerMetricsSetup"/>).</summary>
internal sealed record SearchMetricsOptions
{
    /// <summary>The configuration key of <see cref="Enabled"/>.</summary>
    public const string EnabledKey = SearchOptions.Section + ":" + nameof(SearchOptions.Metrics) + ":" + nameof(Enabled);

    /// <summary>
    /// Gets or sets whether the server collects metrics and serves them at <c>/metrics</c> (the default); when false
    /// nothing is collected and <c>/metrics</c> is a 404.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Reads <see cref="Enabled"/> while the server is assembled, before the options are bound: the setting decides
    /// which services and endpoints exist. A value that is not a boolean stops the start as any bad setting does.
    /// </summary>
    /// <exception cref="OptionsValidationException"><see cref="EnabledKey"/> is not true or false.</exception>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? value = configuration[EnabledKey];
        if (value is null)
        {
            return new SearchMetricsOptions().Enabled;
        }

        if (!bool.TryParse(value, out bool enabled))
        {
            throw new OptionsValidationException(SearchOptions.Section, typeof(SearchOptions), [$"{EnabledKey} must be true or false; it is '{value}'."]);
        }

        return enabled;
    }
}
