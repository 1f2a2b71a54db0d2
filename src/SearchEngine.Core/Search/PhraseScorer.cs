using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Similarities;

namespace SearchEngine.Core.Search;

/// <summary>
/// Iterates the documents of one segment that contain a phrase: a conjunction of the terms' postings led by the
/// rarest term (the others jump to it through their skip data), each candidate confirmed by a
/// <see cref="PhraseMatcher"/>; scores BM25 of the phrase frequency.
/// </summary>
/// <remarks>
/// Positions are decoded only for documents that contain every term, and only up to the first occurrence
/// unless the score is asked for. Nothing is allocated per document.
/// </remarks>
internal sealed class PhraseScorer : Scorer
{
    // Lucene scores a field without norms as if every document had length 1 (norm byte 1).
    private const byte MissingNorm = 1;

    private readonly PostingsEnum lead;
    private readonly PostingsEnum[] others;
    private readonly PhraseMatcher matcher;
    private readonly BM25Scorer? function;
    private readonly NormValues? norms;
    private float freq;
    private bool freqComplete;

    public PhraseScorer(PhrasePositions[] terms, PhraseMatcher matcher, BM25Scorer? function, NormValues? norms)
    {
        // Order by cost (document frequency) so the rarest term leads; insertion sort, phrases are short.
        var postings = new PostingsEnum[terms.Length];
        for (int i = 0; i < terms.Length; i++)
        {
            PostingsEnum current = terms[i].Postings;
            int j = i;
            for (; j > 0 && postings[j - 1].Cost > current.Cost; j--)
            {
                postings[j] = postings[j - 1];
            }

            postings[j] = current;
        }

        lead = postings[0];
        others = postings[1..];
        this.matcher = matcher;
        this.function = function;
        this.norms = norms;
    }

    /// <inheritdoc />
    public override int DocId => lead.DocId;

    /// <inheritdoc />
    public override long Cost => lead.Cost;

    /// <inheritdoc />
    public override int NextDoc() => NextMatch(lead.NextDoc());

    /// <inheritdoc />
    public override int Advance(int target) => NextMatch(lead.Advance(target));

    /// <summary>
    /// Gets the phrase frequency of the current document: the number of exact occurrences, or the sum of the
    /// sloppy weights of the sloppy ones. Walks the occurrences after the first on first use.
    /// </summary>
    internal float Freq
    {
        get
        {
            if (!freqComplete)
            {
                while (matcher.NextMatch())
                {
                    freq += matcher.SloppyWeight;
                }

                freqComplete = true;
            }

            return freq;
        }
    }

    /// <inheritdoc />
    public override float Score()
    {
        if (function is null)
        {
            return 0f;
        }

        byte norm = norms is null ? MissingNorm : norms.Get(lead.DocId);
        return function.Score(Freq, norm);
    }

    /// <inheritdoc />
    public override float GetMaxScore(int upTo) => function?.Weight ?? 0f;

    /// <summary>From the lead's document <paramref name="doc"/> on, returns the first document holding the phrase.</summary>
    private int NextMatch(int doc)
    {
        while (true)
        {
            doc = Conjunction(doc);
            if (doc == NoMoreDocs)
            {
                return doc;
            }

            matcher.Reset();
            if (matcher.NextMatch())
            {
                freq = matcher.SloppyWeight;
                freqComplete = false;
                return doc;
            }

            doc = lead.NextDoc();
        }
    }

    /// <summary>From the lead's document <paramref name="doc"/> on, returns the first document every term contains.</summary>
    private int Conjunction(int doc)
    {
        int i = 0;
        while (doc != NoMoreDocs && i < others.Length)
        {
            PostingsEnum other = others[i];
            int otherDoc = other.DocId < doc ? other.Advance(doc) : other.DocId;
            if (otherDoc > doc)
            {
                // This term skips past doc: the lead jumps there and every term is checked again.
                doc = lead.Advance(otherDoc);
                i = 0;
            }
            else
            {
                i++;
            }
        }

        return doc;
    }
}
