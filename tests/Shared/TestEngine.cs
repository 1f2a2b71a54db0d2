namespace SearchEngine.Tests;

/// <summary>
/// The engine the server and <c>searchctl</c> tests build new indexes with: <c>SEARCHENGINE_TEST_ENGINE</c>
/// (<c>lucenenet</c> or <c>native</c>), or null for the product's default. <c>scripts/test.sh</c> runs those suites
/// once more with the engine that is not the default; the facade's own contract tests run every engine in one pass.
/// </summary>
internal static class TestEngine
{
    /// <summary>Gets the engine name, or null for the default.</summary>
    public static string? Name { get; } = Environment.GetEnvironmentVariable("SEARCHENGINE_TEST_ENGINE") is { Length: > 0 } name ? name : null;

    /// <summary>Returns <paramref name="args"/> of a <c>searchctl</c> run with <c>--engine</c> added to a <c>rebuild</c> that names none.</summary>
    public static string[] WithEngine(string[] args) =>
        Name is not null && args.Length > 0 && args[0] == "rebuild" && !args.Contains("--engine") ? [.. args, "--engine", Name] : args;
}
