using SearchEngine.Core.Index;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>Seeking and block scanning of <see cref="SegmentTermsEnum"/>.</summary>
internal sealed partial class SegmentTermsEnum
{
    /// <inheritdoc />
    public override SeekStatus SeekCeil(ReadOnlySpan<byte> term)
    {
        if (term.Overlaps(this.term))
        {
            // The caller passed our own Term; the scan would overwrite it while comparing.
            term = CopyForSeek(term);
        }

        int block = field.FindBlock(term);
        if (block < 0)
        {
            LoadBlock(0);
            NextEntry();
            place = Place.OnTerm;
            return SeekStatus.NotFound;
        }

        if (place == Place.OnTerm && block == blockIndex)
        {
            int cmp = this.term.AsSpan(0, termLength).SequenceCompareTo(term);
            if (cmp == 0)
            {
                return SeekStatus.Found;
            }

            if (cmp > 0)
            {
                LoadBlock(block);
            }
        }
        else
        {
            LoadBlock(block);
        }

        while (entryIndex + 1 < entryCount)
        {
            NextEntry();
            int cmp = this.term.AsSpan(0, termLength).SequenceCompareTo(term);
            if (cmp >= 0)
            {
                place = Place.OnTerm;
                return cmp == 0 ? SeekStatus.Found : SeekStatus.NotFound;
            }
        }

        // Every term of the block is smaller, so the ceiling is the next block's first term.
        if (block + 1 < field.BlockCount)
        {
            LoadBlock(block + 1);
            NextEntry();
            place = Place.OnTerm;
            return SeekStatus.NotFound;
        }

        place = Place.Exhausted;
        return SeekStatus.End;
    }

    private ReadOnlySpan<byte> CopyForSeek(ReadOnlySpan<byte> source)
    {
        if (seekScratch.Length < source.Length)
        {
            seekScratch = new byte[Math.Max(source.Length, 64)];
        }

        source.CopyTo(seekScratch);
        return seekScratch.AsSpan(0, source.Length);
    }

    private void LoadBlock(int block)
    {
        suffixIn.Position = field.BlockPointer(block);
        entryCount = suffixIn.ReadVInt32();
        if (entryCount is < 1 or > PostingsFormat.TermsPerBlock)
        {
            throw suffixIn.Corrupt($"block {block} of field '{field.Info.Name}' has {entryCount} terms");
        }

        int suffixLength = suffixIn.CheckCount(suffixIn.ReadVInt32(), 1, "term block suffix section length");
        metaIn.Position = suffixIn.Position + suffixLength;
        _ = metaIn.ReadVInt32();
        blockIndex = block;
        entryIndex = -1;
        metaDecoded = 0;
        docPointer = 0;
        posPointer = 0;
    }

    private void NextEntry()
    {
        int prefix = suffixIn.ReadVInt32();
        int suffix = suffixIn.CheckCount(suffixIn.ReadVInt32(), 1, "term suffix length");
        if (prefix > (entryIndex < 0 ? 0 : termLength))
        {
            throw suffixIn.Corrupt($"term {entryIndex + 1} of block {blockIndex} of field '{field.Info.Name}' shares {prefix} bytes with a shorter term");
        }

        int length = prefix + suffix;
        if (term.Length < length)
        {
            Array.Resize(ref term, Math.Max(length, term.Length * 2));
        }

        suffixIn.ReadBytes(term.AsSpan(prefix, suffix));
        termLength = length;
        entryIndex++;
    }
}
