namespace SearchEngine.Server.Tests;

public sealed class FacadeOnlyTests
{
    [Fact]
    public void TheServerUsesNoEngineTypeOnlyTheNewsFacade()
    {
        Assert.Empty(EngineReferences.Of(typeof(Program).Assembly));
        Assert.Contains(typeof(Program).Assembly.GetReferencedAssemblies(), name => name.Name == "SearchEngine.News");
    }
}
