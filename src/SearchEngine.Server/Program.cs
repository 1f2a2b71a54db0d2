using SearchEngine.Server.Articles;
using SearchEngine.Server.Configuration;
using SearchEngine.Server.Health;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.IndexHosting;
using SearchEngine.Server.Search;

namespace SearchEngine.Server;

/// <summary>The search server: its entry point and the steps that assemble it.</summary>
internal static class Program
{
    /// <summary>Runs the server until Ctrl+C or SIGTERM, then stops taking requests, finishes those in flight and closes the index.</summary>
    public static Task Main(string[] args) => Build(args).RunAsync();

    /// <summary>Builds the server from the command line, appsettings.json and the environment; tests start it on a loopback port.</summary>
    public static WebApplication Build(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // appsettings.json and wwwroot sit beside the binary, whatever folder the server is started from; the
            // index path is taken from the current directory, as searchctl takes it.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddSearchOptions();
        builder.Services.AddApiJson();
        builder.Services.AddApiProblems();
        builder.Services.AddApiRateLimiting();
        builder.Services.AddConfiguredCors();
        builder.Services.AddApiDocument();
        builder.Services.AddNewsIndex();

        WebApplication app = builder.Build();
        app.UseRequestLogging();
        app.UseApiProblems();
        app.UseRequestBodyLimit();
        app.UseConfiguredCors();
        app.UseRateLimiter();
        app.UseWebFrontEnd();
        app.MapOpenApi();
        app.MapSearchEndpoints();
        app.MapFacetEndpoints();
        app.MapArticleEndpoints();
        app.MapHealthEndpoints();
        return app;
    }
}
