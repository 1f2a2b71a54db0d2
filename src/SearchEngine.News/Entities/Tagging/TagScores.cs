using System.Runtime.CompilerServices;

namespace SearchEngine.News.Entities.Tagging;

/// <summary>One score per <see cref="EntityTag"/>, inline: a sum of weight rows kept without an array.</summary>
[InlineArray(EntityTags.Count)]
internal struct TagScores
{
    private float first;
}
