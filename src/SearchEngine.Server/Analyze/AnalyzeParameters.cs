using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchEngine.Server.Analyze;

/// <summary>The query string of <c>GET /api/analyze</c>, as text, so that a bad value is a 400 naming its parameter.</summary>
internal sealed class AnalyzeParameters
{
    /// <summary>Gets the language.</summary>
    [FromQuery(Name = "lang")]
    [Description("da or nl: the analyzer of that language. Required.")]
    public string? Lang { get; init; }

    /// <summary>Gets the text to analyze.</summary>
    [FromQuery(Name = "text")]
    [Description("The text to analyze; required, at most 4096 characters.")]
    public string? Text { get; init; }
}
