using System.Collections;

namespace SearchEngine.Core.Index;

/// <summary>The fields of one segment, by number and by name.</summary>
internal sealed class FieldInfos : IReadOnlyList<FieldInfo>
{
    private readonly FieldInfo[] byNumber;
    private readonly Dictionary<string, FieldInfo> byName;

    /// <summary>Initializes the set from fields numbered 0..n-1 in order.</summary>
    public FieldInfos(IEnumerable<FieldInfo> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        byNumber = [.. fields];
        byName = new Dictionary<string, FieldInfo>(byNumber.Length, StringComparer.Ordinal);
        for (int i = 0; i < byNumber.Length; i++)
        {
            if (byNumber[i].Number != i)
            {
                throw new ArgumentException($"Field '{byNumber[i].Name}' has number {byNumber[i].Number} at index {i}; numbers must be dense and ordered.", nameof(fields));
            }

            if (!byName.TryAdd(byNumber[i].Name, byNumber[i]))
            {
                throw new ArgumentException($"Field '{byNumber[i].Name}' appears twice.", nameof(fields));
            }
        }
    }

    /// <summary>Gets the number of fields.</summary>
    public int Count => byNumber.Length;

    /// <summary>Gets the field with the given number.</summary>
    public FieldInfo this[int index] => byNumber[index];

    /// <summary>Returns the field named <paramref name="name"/>, or null when the segment has no such field.</summary>
    public FieldInfo? Find(string name) => byName.GetValueOrDefault(name);

    /// <inheritdoc />
    public IEnumerator<FieldInfo> GetEnumerator() => ((IEnumerable<FieldInfo>)byNumber).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
