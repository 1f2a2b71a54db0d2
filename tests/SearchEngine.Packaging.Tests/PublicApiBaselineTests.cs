using System.Xml.Linq;

namespace SearchEngine.Packaging.Tests;

/// <summary>
/// Every package records its public API in PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt, and a public symbol
/// missing from them fails the build: shown on a real build of a project under the repository's own build settings.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PublicApiBaselineTests(PackedArtifacts packed)
{
    [Fact]
    public void EveryPackableProjectHasItsPublicApiFiles()
    {
        List<string> packable = [.. Directory.GetFiles(TestData.RepositoryRoot, "*.csproj", SearchOption.AllDirectories)
            .Where(project => !project.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(project => XDocument.Load(project).Descendants("IsPackable").Any(e => e.Value == "true"))];

        Assert.Equal(7, packable.Count);
        foreach (string project in packable)
        {
            string folder = Path.GetDirectoryName(project)!;
            Assert.True(File.Exists(Path.Combine(folder, "PublicAPI.Shipped.txt")), $"{folder} has no PublicAPI.Shipped.txt");
            Assert.True(File.Exists(Path.Combine(folder, "PublicAPI.Unshipped.txt")), $"{folder} has no PublicAPI.Unshipped.txt");
        }
    }

    [Fact]
    public void APublicSymbolNotRecordedFailsTheBuildAndRecordingItMendsIt()
    {
        // A packable project under copies of the repository's Directory.Build.props and Directory.Packages.props.
        string root = packed.NewFolder("public-api");
        File.Copy(Path.Combine(TestData.RepositoryRoot, "Directory.Build.props"), Path.Combine(root, "Directory.Build.props"));
        File.Copy(Path.Combine(TestData.RepositoryRoot, "Directory.Packages.props"), Path.Combine(root, "Directory.Packages.props"));
        string project = Path.Combine(root, "Baseline");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Baseline.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <IsPackable>true</IsPackable>
                <PackageLicenseExpression>MIT</PackageLicenseExpression>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Greeting.cs"), """
            namespace Baseline;

            /// <summary>Says hello, for the baseline test.</summary>
            public static class Greeting
            {
                /// <summary>Returns the greeting.</summary>
                public static string Text => "hej";
            }
            """);
        File.WriteAllText(Path.Combine(project, "PublicAPI.Shipped.txt"), "#nullable enable\n");
        File.WriteAllText(Path.Combine(project, "PublicAPI.Unshipped.txt"), "#nullable enable\nBaseline.Greeting\n");

        ProcessResult unrecorded = packed.Run("dotnet", ["build", "-c", "Release"], project, TimeSpan.FromMinutes(3), withConsumerPackages: false);

        Assert.NotEqual(0, unrecorded.ExitCode);
        Assert.Contains("RS0016", unrecorded.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Text", unrecorded.StandardOutput, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(project, "PublicAPI.Unshipped.txt"), "static Baseline.Greeting.Text.get -> string!\n");
        packed.Run("dotnet", ["build", "-c", "Release"], project, TimeSpan.FromMinutes(3), withConsumerPackages: false).Succeeded();
    }
}
