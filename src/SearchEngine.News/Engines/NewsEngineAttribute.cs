namespace SearchEngine.News.Engines;

/// <summary>
/// Marks an engine assembly and names its <see cref="INewsEngine"/> type (public, with a parameterless
/// constructor), so <see cref="NewsEngines"/> can load the engine by name without a compile-time reference.
/// </summary>
/// <param name="engineType">The engine type.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class NewsEngineAttribute(Type engineType) : Attribute
{
    /// <summary>Gets the engine type.</summary>
    public Type EngineType { get; } = engineType ?? throw new ArgumentNullException(nameof(engineType));
}
