namespace SearchEngine.Server.Hosting;

/// <summary>Makes every error an <c>application/problem+json</c> response: exceptions, unknown routes, wrong methods.</summary>
internal static class ApiProblems
{
    /// <summary>Registers the problem details writer and <see cref="ProblemExceptionHandler"/>.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    /// <summary>Adds the exception handler and the status code pages (404, 405 with an empty body get a problem body).</summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
