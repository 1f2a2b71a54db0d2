using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SearchEngine.Packaging.Tests;

/// <summary>
/// The repository packed once for the whole <see cref="PackagesCollection"/>: <c>scripts/pack.sh</c> into a temporary
/// folder, with a prerelease version of its own so no package cache can hand out an older build, and a consumer
/// folder outside the repository whose nuget.config adds those packages beside the machine's own sources.
/// </summary>
/// <remarks>
/// Every child process runs within what is left of one budget (<see cref="Budget"/>), so the collection cannot hang CI.
/// The consumer restores into a package folder of its own (NUGET_PACKAGES), falling back on the machine's global
/// packages folder for third-party packages (Lucene.Net), so nothing is added to the machine's cache.
/// </remarks>
public sealed partial class PackedArtifacts : IDisposable
{
    /// <summary>The most the packing, building, installing and running of the collection may take together.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(10);

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TempDirectory temp = new();
    private readonly Dictionary<string, string> builtApps = [];
    private readonly Lock buildLock = new();

    /// <summary>Packs the repository and prepares the consumer folder.</summary>
    public PackedArtifacts()
    {
        VersionPrefix = VersionPrefixElement().Match(File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "Directory.Build.props"))) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("Directory.Build.props has no <VersionPrefix>.");
        Version = $"{VersionPrefix}-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        ArtifactsDirectory = Path.Combine(temp.Path, "artifacts");
        ConsumerDirectory = Path.Combine(temp.Path, "consumer");
        Directory.CreateDirectory(ConsumerDirectory);
        if (ConsumerDirectory.StartsWith(TestData.RepositoryRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The temporary folder {temp.Path} is inside the repository {TestData.RepositoryRoot}; set TMPDIR elsewhere.");
        }

        Run("sh", [Path.Combine("scripts", "pack.sh"), "--output", ArtifactsDirectory, "--version-suffix", Version[(VersionPrefix.Length + 1)..], "--build-dir", Path.Combine(temp.Path, "build")],
            TestData.RepositoryRoot, TimeSpan.FromMinutes(8), withConsumerPackages: false).Succeeded();

        string machinePackages = GlobalPackagesLine().Match(
            Run("dotnet", ["nuget", "locals", "global-packages", "--list"], ConsumerDirectory, TimeSpan.FromMinutes(1), withConsumerPackages: false).Succeeded().StandardOutput)
            is { Success: true } folder ? folder.Groups[1].Value.Trim() : throw new InvalidOperationException("dotnet nuget locals printed no global-packages folder.");

        // As a consumer's own folder: the repository's build settings and central versions do not reach it.
        File.WriteAllText(Path.Combine(ConsumerDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumerDirectory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumerDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="NyhedZoek artifacts" value="{ArtifactsDirectory}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{machinePackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    /// <summary>Gets the VersionPrefix of Directory.Build.props, the one version source of every package.</summary>
    public string VersionPrefix { get; }

    /// <summary>Gets the version the packages were packed with: the prefix and a prerelease suffix unique to this run.</summary>
    public string Version { get; }

    /// <summary>Gets the folder holding the .nupkg and .snupkg files.</summary>
    public string ArtifactsDirectory { get; }

    /// <summary>Gets a folder outside the repository whose nuget.config lists <see cref="ArtifactsDirectory"/> as a source.</summary>
    public string ConsumerDirectory { get; }

    /// <summary>Gets a fresh folder outside the repository, with no nuget.config of its own.</summary>
    public string NewFolder(string name)
    {
        string path = Path.Combine(temp.Path, name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Copies samples/ConsoleSearch into the consumer folder with the engine package <paramref name="enginePackage"/>
    /// instead of the native one and the packed version, builds it once, and returns the path of its ConsoleSearch.dll.
    /// </summary>
    public string BuildSample(string enginePackage) =>
        BuildApp(enginePackage, File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "samples", "ConsoleSearch", "Program.cs")), enginePackage);

    /// <summary>
    /// Builds <paramref name="program"/> once as the project of samples/ConsoleSearch (with <paramref name="enginePackage"/>)
    /// in the consumer folder <paramref name="name"/>, and returns the path of its ConsoleSearch.dll.
    /// </summary>
    public string BuildApp(string name, string program, string enginePackage)
    {
        lock (buildLock)
        {
            if (builtApps.TryGetValue(name, out string? built))
            {
                return built;
            }

            string app = Path.Combine(ConsumerDirectory, name);
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "Program.cs"), program);
            string project = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "samples", "ConsoleSearch", "ConsoleSearch.csproj"))
                .Replace("\"NyhedZoek.Engines.Native\"", $"\"{enginePackage}\"", StringComparison.Ordinal)
                .Replace($"Version=\"{VersionPrefix}\"", $"Version=\"{Version}\"", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(app, "ConsoleSearch.csproj"), project);

            Run("dotnet", ["build", "-c", "Release"], app, TimeSpan.FromMinutes(4)).Succeeded();
            built = Path.Combine(app, "bin", "Release", "net10.0", "ConsoleSearch.dll");
            builtApps.Add(name, built);
            return built;
        }
    }

    /// <summary>
    /// Copies samples/<paramref name="sample"/> (its project and C# files) into the consumer folder with the packed
    /// version of the NyhedZoek packages, builds it once, and returns the path of its dll.
    /// </summary>
    public string BuildSampleProject(string sample)
    {
        lock (buildLock)
        {
            if (builtApps.TryGetValue("sample:" + sample, out string? built))
            {
                return built;
            }

            string source = Path.Combine(TestData.RepositoryRoot, "samples", sample);
            string app = Path.Combine(ConsumerDirectory, sample);
            Directory.CreateDirectory(app);
            foreach (string file in Directory.GetFiles(source, "*.cs").Concat(Directory.GetFiles(source, "*.csproj")))
            {
                File.WriteAllText(
                    Path.Combine(app, Path.GetFileName(file)),
                    File.ReadAllText(file).Replace($"Version=\"{VersionPrefix}\"", $"Version=\"{Version}\"", StringComparison.Ordinal));
            }

            Run("dotnet", ["build", "-c", "Release"], app, TimeSpan.FromMinutes(4)).Succeeded();
            built = Path.Combine(app, "bin", "Release", "net10.0", sample + ".dll");
            builtApps.Add("sample:" + sample, built);
            return built;
        }
    }

    /// <summary>Gets what is left of the collection's budget, for a test that runs a child process of its own.</summary>
    public TimeSpan BudgetLeft => Budget - clock.Elapsed;

    /// <summary>
    /// Runs a child process within <paramref name="limit"/> and what is left of the collection's budget; with
    /// <paramref name="withConsumerPackages"/>, NuGet restores into this run's own package folder.
    /// </summary>
    public ProcessResult Run(string fileName, IEnumerable<string> args, string workingDirectory, TimeSpan limit, bool withConsumerPackages = true)
    {
        TimeSpan left = Budget - clock.Elapsed;
        if (left <= TimeSpan.Zero)
        {
            throw new TimeoutException($"The packaging tests' budget of {Budget.TotalMinutes:0} minutes is spent; '{fileName}' was not started.");
        }

        Dictionary<string, string> environment = withConsumerPackages
            ? new() { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "packages") }
            : [];
        return ChildProcess.Run(fileName, args, workingDirectory, limit < left ? limit : left, environment);
    }

    /// <summary>Deletes the packages, builds, apps, tools and indexes.</summary>
    public void Dispose() => temp.Dispose();

    [GeneratedRegex(@"<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefixElement();

    [GeneratedRegex(@"global-packages:\s*(.+)")]
    private static partial Regex GlobalPackagesLine();
}
