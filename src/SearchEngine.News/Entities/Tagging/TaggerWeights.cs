namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// A trained tagger: for each feature key, one weight per tag. A word's score for a tag is the sum of its features'
/// weights for that tag.
/// </summary>
internal sealed class TaggerWeights
{
    private readonly Dictionary<ulong, int> rows;
    private float[] weights;

    // The frozen form tagging reads: open addressing over the keys (linear probing, Fibonacci hashing), each slot
    // its key and its weights in 32 bytes, so a lookup reads one cache line where a dictionary reads several: the
    // tables are larger than a core's cache, and a tagged word looks up about 45 features.
    private Slot[]? slots;
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

    /// <summary>Sets <paramref name="scores"/> (one entry per tag) to the sum of each feature's weights, added in the features' order.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Accumulate(features, scores);
    }

    /// <summary>
    /// Adds each feature's weights to <paramref name="scores"/>, in the features' order: continuing a sum this way
    /// gives the same floats as scoring all the features at once.
    /// </summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (slots is Slot[] table)
        {
            int mask = table.Length - 1;
            float outside = scores[(int)EntityTag.Outside];
            float beginPerson = scores[(int)EntityTag.BeginPerson];
            float insidePerson = scores[(int)EntityTag.InsidePerson];
            float beginOrganization = scores[(int)EntityTag.BeginOrganization];
            float insideOrganization = scores[(int)EntityTag.InsideOrganization];
            foreach (ulong feature in features)
            {
                ulong key = feature == 0 ? 1 : feature;
                int index = (int)((key * 11400714819323198485UL) >> slotShift);
                while (true)
                {
                    ref readonly Slot slot = ref table[index];
                    if (slot.Key == key)
                    {
                        outside += slot.Outside;
                        beginPerson += slot.BeginPerson;
                        insidePerson += slot.InsidePerson;
                        beginOrganization += slot.BeginOrganization;
                        insideOrganization += slot.InsideOrganization;
                        break;
                    }

                    if (slot.Key == 0)
                    {
                        break;
                    }

                    index = (index + 1) & mask;
                }
            }

            scores[(int)EntityTag.Outside] = outside;
            scores[(int)EntityTag.BeginPerson] = beginPerson;
            scores[(int)EntityTag.InsidePerson] = insidePerson;
            scores[(int)EntityTag.BeginOrganization] = beginOrganization;
            scores[(int)EntityTag.InsideOrganization] = insideOrganization;
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

        var table = new Slot[capacity];
        int shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach ((ulong feature, int row) in rows)
        {
            ulong key = feature == 0 ? 1 : feature;
            int index = (int)((key * 11400714819323198485UL) >> shift);
            while (table[index].Key != 0)
            {
                index = (index + 1) & (capacity - 1);
            }

            ReadOnlySpan<float> w = weights.AsSpan(row * EntityTags.Count, EntityTags.Count);
            table[index] = new Slot
            {
                Key = key,
                Outside = w[(int)EntityTag.Outside],
                BeginPerson = w[(int)EntityTag.BeginPerson],
                InsidePerson = w[(int)EntityTag.InsidePerson],
                BeginOrganization = w[(int)EntityTag.BeginOrganization],
                InsideOrganization = w[(int)EntityTag.InsideOrganization],
            };
        }

        slotShift = shift;
        slots = table;
        return this;
    }

    /// <summary>Returns the row of <paramref name="feature"/>, adding a zero row when new (training only).</summary>
    public int RowOf(ulong feature)
    {
        if (slots is not null)
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

    /// <summary>One key and its weight per tag, 32 bytes with padding: two slots to a cache line.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Size = 32)]
    private struct Slot
    {
        public ulong Key;
        public float Outside;
        public float BeginPerson;
        public float InsidePerson;
        public float BeginOrganization;
        public float InsideOrganization;
    }
}
