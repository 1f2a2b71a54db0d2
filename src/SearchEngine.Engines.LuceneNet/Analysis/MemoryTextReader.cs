namespace SearchEngine.Engines.LuceneNet.Analysis;

/// <summary>A reusable reader over text in memory: Lucene's tokenizers read their input through a <see cref="TextReader"/>.</summary>
internal sealed class MemoryTextReader : TextReader
{
    private ReadOnlyMemory<char> text;
    private int position;

    /// <summary>Starts reading <paramref name="value"/> from its beginning.</summary>
    public void SetText(ReadOnlyMemory<char> value)
    {
        text = value;
        position = 0;
    }

    /// <inheritdoc/>
    public override int Peek() => position < text.Length ? text.Span[position] : -1;

    /// <inheritdoc/>
    public override int Read() => position < text.Length ? text.Span[position++] : -1;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        int count = Math.Min(buffer.Length, text.Length - position);
        text.Span.Slice(position, count).CopyTo(buffer);
        position += count;
        return count;
    }

    /// <summary>Lets go of the text (a tokenizer closes its reader after each input); the reader can be given new text.</summary>
    protected override void Dispose(bool disposing)
    {
        text = default;
        position = 0;
        base.Dispose(disposing);
    }
}
