using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SearchEngine.News.Tests.Documentation;

/// <summary>The README's embedded-library example compiles against the library and prints the expected hit.</summary>
public sealed partial class ReadmeExampleTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task TheReadmeExampleCompilesAndFindsTheDanishArticle()
    {
        string readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));
        Match example = ExampleBlock().Match(readme);
        Assert.True(example.Success, "README.md has no '<!-- example: embedded -->' C# block");

        // As the README says: the facade, and the engines beside it (an application carries those it uses).
        string references = string.Join("\n", Directory.GetDirectories(Path.Combine(TestData.RepositoryRoot, "src"), "SearchEngine.Engines.*")
            .Select(folder => Path.Combine(folder, Path.GetFileName(folder) + ".csproj"))
            .Prepend(Path.Combine(TestData.RepositoryRoot, "src", "SearchEngine.News", "SearchEngine.News.csproj"))
            .Select(project => $"<ProjectReference Include=\"{project}\" />"));
        File.WriteAllText(Path.Combine(temp.Path, "Example.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(temp.Path, "Program.cs"), example.Groups[1].Value);

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = temp.Path };
        foreach (string arg in new[] { "run", "--", Path.Combine(temp.Path, "index") })
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        string stdout = await output;
        Assert.True(process.ExitCode == 0, stdout + await error);
        Assert.StartsWith("a1 ", stdout.Trim());
        Assert.DoesNotContain("a2", stdout);
    }

    public void Dispose() => temp.Dispose();

    [GeneratedRegex(@"<!-- example: embedded -->\s*```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
