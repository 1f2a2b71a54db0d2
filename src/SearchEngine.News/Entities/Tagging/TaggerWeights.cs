namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// A trained tagger: for each feature key, one weight per tag. A word's score for a tag is the sum of its features'
/// weights for that tag.
/// </summary>
internal sealed class TaggerWeights
{
    private readonly Dictionary<ulong, int> rows;
    private float[] weights;

    // The frozen form tagging reads: open addressing over the keys (linear probing, Fibonacci hashing), each slot's
    // weights inline, so a lookup touches one or two cache lines instead of a dictionary's buckets and entries.
    private ulong[]? slotKeys;
    private float[]? slotWeights;
    private int slotShift;

    public TaggerWeights()
    {
        rows = [];
        weights = new float[1024 * EntityTags.Count];
    }

    private TaggerWeights(Dictionary<ulong, int> rows, float[] weights)
    {
        this.rows = rows;
        this.weights = weights;
    }

    /// <summary>Gets the number of features that carry weights.</summary>
    public int Count => rows.Count;

    /// <summary>Adds each feature's weights to <paramref name="scores"/> (one entry per tag).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        if (slotKeys is ulong[] keys)
        {
            float[] slots = slotWeights!;
            int mask = keys.Length - 1;
            foreach (ulong feature in features)
            {
                ulong key = feature == 0 ? 1 : feature;
                int slot = (int)((key * 11400714819323198485UL) >> slotShift);
                while (true)
                {
                    ulong found = keys[slot];
                    if (found == key)
                    {
                        ReadOnlySpan<float> w = slots.AsSpan(slot * EntityTags.Count, EntityTags.Count);
                        for (int t = 0; t < EntityTags.Count; t++)
                        {
                            scores[t] += w[t];
                        }

                        break;
                    }

                    if (found == 0)
                    {
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            return;
        }

        foreach (ulong feature in features)
        {
            if (rows.TryGetValue(feature, out int row))
            {
                ReadOnlySpan<float> w = weights.AsSpan(row * EntityTags.Count, EntityTags.Count);
                for (int t = 0; t < EntityTags.Count; t++)
                {
                    scores[t] += w[t];
                }
            }
        }
    }

    /// <summary>
    /// Builds the read-only lookup table tagging uses; a frozen model can no longer be trained. Key 0 is stored as 1
    /// (an empty slot is 0); two real keys colliding so is as likely as any 64-bit hash collision.
    /// </summary>
    public TaggerWeights Freeze()
    {
        int capacity = 16;
        while (capacity < rows.Count * 2)
        {
            capacity <<= 1;
        }

        var keys = new ulong[capacity];
        var slots = new float[capacity * EntityTags.Count];
        int shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach ((ulong feature, int row) in rows)
        {
            ulong key = feature == 0 ? 1 : feature;
            int slot = (int)((key * 11400714819323198485UL) >> shift);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            keys[slot] = key;
            weights.AsSpan(row * EntityTags.Count, EntityTags.Count).CopyTo(slots.AsSpan(slot * EntityTags.Count));
        }

        slotShift = shift;
        slotWeights = slots;
        slotKeys = keys;
        return this;
    }

    /// <summary>Returns the row of <paramref name="feature"/>, adding a zero row when new (training only).</summary>
    public int RowOf(ulong feature)
    {
        if (slotKeys is not null)
        {
            throw new InvalidOperationException("A frozen tagger model cannot be trained.");
        }

        if (!rows.TryGetValue(feature, out int row))
        {
            row = rows.Count;
            rows.Add(feature, row);
            if ((row + 1) * EntityTags.Count > weights.Length)
            {
                Array.Resize(ref weights, weights.Length * 2);
            }
        }

        return row;
    }

    /// <summary>Gets the weights of every row, <see cref="EntityTags.Count"/> per row (training only).</summary>
    public Span<float> All => weights.AsSpan(0, rows.Count * EntityTags.Count);

    /// <summary>Returns a copy without rows whose weights are all smaller than <paramref name="threshold"/> in magnitude.</summary>
    public TaggerWeights Pruned(float threshold)
    {
        var kept = new Dictionary<ulong, int>();
        var values = new List<float>();
        foreach ((ulong key, int row) in rows)
        {
            ReadOnlySpan<float> w = weights.AsSpan(row * EntityTags.Count, EntityTags.Count);
            bool keep = false;
            foreach (float f in w)
            {
                keep |= Math.Abs(f) >= threshold;
            }

            if (keep)
            {
                kept.Add(key, kept.Count);
                values.AddRange(w);
            }
        }

        return new TaggerWeights(kept, [.. values]).Freeze();
    }

    /// <summary>Writes the rows: int32 count, then per row a uint64 key and one float32 per tag, in key order (byte-identical for equal weights).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(rows.Count);
        var keys = new List<ulong>(rows.Keys);
        keys.Sort();
        foreach (ulong key in keys)
        {
            writer.Write(key);
            int row = rows[key];
            for (int t = 0; t < EntityTags.Count; t++)
            {
                writer.Write(weights[(row * EntityTags.Count) + t]);
            }
        }
    }

    /// <summary>Reads rows written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">A count is out of range or a key repeats.</exception>
    /// <exception cref="EndOfStreamException">The rows are cut short.</exception>
    public static TaggerWeights Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count is < 0 or > 50_000_000)
        {
            throw new InvalidDataException($"Entity tagger model row count {count} is out of range.");
        }

        var rows = new Dictionary<ulong, int>(count);
        float[] weights = new float[count * EntityTags.Count];
        for (int r = 0; r < count; r++)
        {
            if (!rows.TryAdd(reader.ReadUInt64(), r))
            {
                throw new InvalidDataException($"Entity tagger model row {r} repeats a feature key.");
            }

            for (int t = 0; t < EntityTags.Count; t++)
            {
                weights[(r * EntityTags.Count) + t] = reader.ReadSingle();
            }
        }

        return new TaggerWeights(rows, weights).Freeze();
    }
}
