using Microsoft.Extensions.FileProviders;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// Serves the web front end from wwwroot, when there is one: <c>index.html</c> at <c>/</c>, and the article page
/// (<c>article.html</c>) at <c>/article/{id}</c>, whatever the id, with the results page's state in its query string.
/// </summary>
internal static class WebFrontEnd
{
    /// <summary>The article page's path under the web root; the id is for the page's script, which reads it from the address.</summary>
    public const string ArticlePagePattern = "/article/{id}";

    /// <summary>The file the article page is.</summary>
    private const string ArticlePageFile = "article.html";

    /// <summary>Adds the default-file and static-file middleware and the article page's route if the web root exists.</summary>
    public static WebApplication UseWebFrontEnd(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.WebRootPath is string root && Directory.Exists(root))
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            IFileProvider files = app.Environment.WebRootFileProvider;
            app.MapGet(ArticlePagePattern, () => ArticlePage(files))
                .ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>
    /// Sends <c>article.html</c> as it is for any id: the page asks the API for the article and shows a missing one
    /// as such, so the route need not look it up. The security headers are the middleware's, as on every response.
    /// </summary>
    private static IResult ArticlePage(IFileProvider files)
    {
        IFileInfo file = files.GetFileInfo(ArticlePageFile);
        return file.Exists
            ? TypedResults.Stream(file.CreateReadStream(), "text/html; charset=utf-8", lastModified: file.LastModified)
            : TypedResults.NotFound();
    }
}
