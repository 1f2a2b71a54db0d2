using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <summary>Checks a count read from a file against what the rest of the file can hold, before anything is allocated for it.</summary>
internal static class RecordCount
{
    /// <summary>
    /// Returns <paramref name="count"/> when <paramref name="count"/> records of at least <paramref name="minBytes"/>
    /// bytes each fit between the input's position and its footer; otherwise throws <see cref="CorruptIndexException"/>
    /// naming the file, so a crafted count (with a valid checksum) never reaches an allocation.
    /// </summary>
    public static int Check(IndexInput input, int count, int minBytes, string what)
    {
        long remaining = CodecUtil.ContentEnd(input) - input.Position;
        if (count < 0 || (long)count * minBytes > remaining)
        {
            throw input.Corrupt($"{what} count {count} cannot fit in the {remaining} bytes left");
        }

        return count;
    }
}
