namespace SearchEngine.Server.Hosting;

/// <summary>Serves the web front end from wwwroot, when there is one, with <c>index.html</c> at <c>/</c>.</summary>
internal static class WebFrontEnd
{
    /// <summary>Adds the default-file and static-file middleware if the web root exists.</summary>
    public static WebApplication UseWebFrontEnd(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.WebRootPath is string root && Directory.Exists(root))
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
        }

        return app;
    }
}
