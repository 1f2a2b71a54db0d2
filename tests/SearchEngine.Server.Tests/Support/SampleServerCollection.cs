namespace SearchEngine.Server.Tests.Support;

/// <summary>The test classes that share one <see cref="SampleServer"/>.</summary>
[CollectionDefinition(SampleServer.Collection)]
public sealed class SampleServerCollection : ICollectionFixture<SampleServer>;
