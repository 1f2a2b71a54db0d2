using Microsoft.Extensions.Options;
using SearchEngine.News.Engines;

namespace SearchEngine.Hosting;

/// <summary>Checks <see cref="NewsSearchOptions"/> at start; each failure names the setting and what it accepts.</summary>
internal sealed class NewsSearchOptionsValidator : IValidateOptions<NewsSearchOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsSearchOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.IndexPath))
        {
            failures.Add("NewsSearch IndexPath is empty: name the index folder.");
        }

        if (options.Engine is not null && !NewsEngines.IsKnown(options.Engine))
        {
            failures.Add($"NewsSearch Engine '{options.Engine}' is not one of: {string.Join(", ", NewsEngines.Names)}.");
        }

        if (options.RefreshInterval <= TimeSpan.Zero || options.RefreshInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"NewsSearch RefreshInterval {options.RefreshInterval} is not more than zero and at most a day.");
        }

        if (options.Limits is null)
        {
            failures.Add("NewsSearch Limits is null.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
