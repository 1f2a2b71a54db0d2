using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Articles;

/// <summary>
/// Lets a write through only with the configured API key in <c>X-Api-Key</c>: 403 when the server has no key
/// (writes disabled), 401 when the key is missing or wrong. Runs before the body is read.
/// </summary>
internal sealed class ApiKeyFilter(IOptions<SearchOptions> options) : IEndpointFilter
{
    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>Gets the endpoint metadata that marks an endpoint behind this filter, so the OpenAPI document declares the key on it.</summary>
    public static object Requirement { get; } = new RequirementMarker();

    /// <summary>Puts the group's endpoints behind the filter and marks them with <see cref="Requirement"/>.</summary>
    public static RouteGroupBuilder RequireApiKey(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.AddEndpointFilter<ApiKeyFilter>().WithMetadata(Requirement);
    }

    /// <summary>Checks the key, then runs the endpoint.</summary>
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        string? configured = options.Value.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Writes are disabled.",
                detail: "This server has no API key configured (Search:ApiKey), so it accepts no writes."));
        }

        HttpContext http = context.HttpContext;
        string? given = http.Request.Headers[HeaderName] is { Count: 1 } values ? values[0] : null;
        if (given is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured)))
        {
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{HeaderName}\"";
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: given is null ? "An API key is required." : "The API key is not valid.",
                detail: $"Send the server's API key in the {HeaderName} header."));
        }

        return next(context);
    }

    private sealed class RequirementMarker;
}
