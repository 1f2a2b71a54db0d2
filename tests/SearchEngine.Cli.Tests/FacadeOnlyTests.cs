namespace SearchEngine.Cli.Tests;

public sealed class FacadeOnlyTests
{
    [Fact]
    public void SearchctlUsesNoEngineTypeOnlyTheNewsFacadeAndAnalysis()
    {
        Assert.Empty(EngineReferences.Of(typeof(CliApplication).Assembly));
        Assert.Contains(typeof(CliApplication).Assembly.GetReferencedAssemblies(), name => name.Name == "SearchEngine.News");
    }
}
