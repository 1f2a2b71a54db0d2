using Microsoft.Extensions.Options;
using SearchEngine.Server.Analyze;
using SearchEngine.Server.Articles;
using SearchEngine.Server.Configuration;
using SearchEngine.Server.Health;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.IndexHosting;
using SearchEngine.Server.Observability;
using SearchEngine.Server.Search;

namespace SearchEngine.Server;

/// <summary>The search server: its entry point and the steps that assemble it.</summary>
internal static class Program
{
    /// <summary>
    /// Runs the server until Ctrl+C or SIGTERM, then stops taking requests, finishes those in flight and closes the
    /// index; returns 0. A setting that fails validation (a mistyped key, a folder with nothing to serve) stops the
    /// start: its messages go to standard error and the exit code is 1.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        try
        {
            await Build(args).RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            foreach (string failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync("The server did not start: " + failure).ConfigureAwait(false);
            }

            return 1;
        }
    }

    /// <summary>Builds the server from the command line, appsettings.json and the environment; tests start it on a loopback port.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configure">Changes the assembled services before the server is built; for tests (null: none).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // appsettings.json and wwwroot sit beside the binary, whatever folder the server is started from; the
            // index path is taken from the current directory, as searchctl takes it.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Host.UseSystemd();
        builder.AddSearchOptions();
        builder.Services.AddApiJson();
        builder.Services.AddApiProblems();
        builder.Services.AddTrustedProxies();
        builder.Services.AddApiRateLimiting();
        builder.Services.AddConfiguredCors();
        builder.Services.AddApiDocument();
        builder.Services.AddNewsIndex(builder.Configuration);
        builder.AddServerMetrics();
        configure?.Invoke(builder);

        WebApplication app = builder.Build();
        app.UseSecurityHeaders();
        app.UseWholeResponses();
        app.UseTrustedProxies();
        app.UseRequestLogging();
        app.UseApiProblems();
        app.UseRequestBodyLimit();
        app.UseConfiguredCors();
        app.UseRateLimiter();
        app.UseWebFrontEnd();
        app.MapOpenApi();
        app.MapApiPage();
        app.MapSearchEndpoints();
        app.MapFacetEndpoints();
        app.MapArticleEndpoints();
        app.MapAnalyzeEndpoints();
        app.MapHealthEndpoints();
        app.MapServerMetrics();
        return app;
    }
}
