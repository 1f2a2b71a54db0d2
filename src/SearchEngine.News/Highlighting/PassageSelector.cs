namespace SearchEngine.News.Highlighting;

/// <summary>
/// Turns the merged spans of one text into passages: the sentence around each match (cut at word boundaries
/// when longer than the limit), scored by <see cref="PassageScorer"/>, the best returned in text order.
/// </summary>
/// <remarks>
/// <para>Walking the spans in text order, a candidate passage is the sentence holding the next span, widened to
/// whole sentences when a span crosses a boundary. A candidate longer than the limit is cut into windows at
/// whitespace, never inside a span; a window opens at the sentence start when its first span fits, else about a
/// quarter of the limit before the span, so the match keeps some context.</para>
/// <para>One instance per thread (see <see cref="HighlightContext"/>); its arrays are reused.</para>
/// </remarks>
internal sealed class PassageSelector
{
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] firstSpans = new int[16];
    private int[] lastSpans = new int[16];
    private float[] scores = new float[16];
    private int[] leafFrequencies = new int[16];
    private int[] leafMatches = new int[16];
    private int count;

    /// <summary>Returns the best <see cref="HighlightOptions.MaxPassages"/> passages of <paramref name="text"/>, in text order.</summary>
    public HighlightedText Select(string text, SpanBuffer spans, float[] leafWeights, HighlightOptions options)
    {
        count = 0;
        if (options.WholeText)
        {
            Add(0, text.Length, 0, spans.MergedCount);
        }
        else
        {
            FindCandidates(text, spans, options.MaxPassageChars);
        }

        Score(text.Length, spans, leafWeights);
        Span<int> best = options.MaxPassages <= 16 ? stackalloc int[options.MaxPassages] : new int[options.MaxPassages];
        int chosen = ChooseBest(best);
        best[..chosen].Sort();
        var passages = new Passage[chosen];
        for (int i = 0; i < chosen; i++)
        {
            int c = best[i];
            var matches = new MatchSpan[lastSpans[c] - firstSpans[c]];
            for (int m = 0; m < matches.Length; m++)
            {
                matches[m] = new MatchSpan(spans.MergedStart(firstSpans[c] + m), spans.MergedEnd(firstSpans[c] + m));
            }

            passages[i] = new Passage(starts[c], ends[c], scores[c], matches);
        }

        return new HighlightedText(text, passages, Matched: true);
    }

    private void FindCandidates(string text, SpanBuffer spans, int limit)
    {
        int span = 0;
        int floor = 0;
        int sentenceStart = 0;
        int sentenceEnd = SentenceBreaker.Next(text, 0);
        while (span < spans.MergedCount)
        {
            while (sentenceEnd <= spans.MergedStart(span))
            {
                sentenceStart = sentenceEnd;
                sentenceEnd = SentenceBreaker.Next(text, sentenceStart);
            }

            int start = Math.Max(sentenceStart, floor);
            int end = sentenceEnd;
            int first = span;
            while (true)
            {
                for (; span < spans.MergedCount && spans.MergedStart(span) < end; span++)
                {
                    end = Math.Max(end, spans.MergedEnd(span));
                }

                if (end <= sentenceEnd)
                {
                    break;
                }

                // A span crossed into the next sentence: the passage takes that whole sentence too.
                while (sentenceEnd < end)
                {
                    sentenceStart = sentenceEnd;
                    sentenceEnd = SentenceBreaker.Next(text, sentenceStart);
                }

                end = sentenceEnd;
            }

            floor = end;
            (start, end) = TextBounds.Trim(text, start, end);
            if (end - start <= limit)
            {
                Add(start, end, first, span);
            }
            else
            {
                AddWindows(text, spans, start, end, first, span, limit);
            }
        }
    }

    /// <summary>Cuts the long candidate [start, end) holding spans [first, last) into windows of at most <paramref name="limit"/> characters.</summary>
    private void AddWindows(string text, SpanBuffer spans, int start, int end, int first, int last, int limit)
    {
        int window = start;
        int span = first;
        while (span < last)
        {
            int spanStart = spans.MergedStart(span);
            int spanEnd = spans.MergedEnd(span);
            if (spanEnd - window > limit)
            {
                window = WindowStart(text, window, spanStart, spanEnd, limit);
            }

            int cut = window + limit >= end ? end : TextBounds.LastBreak(text, window, window + limit);

            // A window always holds its first span whole and never cuts into a later one.
            cut = Math.Max(cut, spanEnd);
            for (int next = span + 1; next < last && spans.MergedStart(next) < cut; next++)
            {
                if (spans.MergedEnd(next) > cut)
                {
                    // Cut at the last whitespace before that span, or right before it when a word runs into it.
                    int boundary = spans.MergedStart(next);
                    int space = boundary - 1;
                    while (space >= spanEnd && !char.IsWhiteSpace(text[space]))
                    {
                        space--;
                    }

                    cut = space >= spanEnd ? space : boundary;
                    break;
                }
            }

            int firstInWindow = span;
            while (span < last && spans.MergedStart(span) < cut)
            {
                span++;
            }

            (int a, int b) = TextBounds.Trim(text, window, cut);
            Add(a, b, firstInWindow, span);
            window = cut;
        }
    }

    /// <summary>Returns where a window for the span [spanStart, spanEnd) opens: at a word start about a quarter of the limit before it.</summary>
    private static int WindowStart(string text, int floor, int spanStart, int spanEnd, int limit)
    {
        int target = Math.Max(floor, spanStart - (limit / 4));
        target = Math.Min(spanStart, Math.Max(target, spanEnd - limit));
        while (target > floor && target < spanStart && !char.IsWhiteSpace(text[target - 1]))
        {
            target++;
        }

        while (target < spanStart && char.IsWhiteSpace(text[target]))
        {
            target++;
        }

        return target;
    }

    private void Score(int textLength, SpanBuffer spans, float[] leafWeights)
    {
        if (leafFrequencies.Length < leafWeights.Length)
        {
            leafFrequencies = new int[leafWeights.Length];
            leafMatches = new int[leafWeights.Length];
        }

        Array.Clear(leafFrequencies, 0, leafWeights.Length);
        for (int i = 0; i < spans.Count; i++)
        {
            leafFrequencies[spans.Leaf(i)] += spans.IsCounted(i) ? 1 : 0;
        }

        int raw = 0;
        for (int c = 0; c < count; c++)
        {
            int from = raw;
            while (raw < spans.Count && spans.Start(raw) < ends[c])
            {
                leafMatches[spans.Leaf(raw)] += spans.IsCounted(raw) ? 1 : 0;
                raw++;
            }

            float score = 0f;
            int length = ends[c] - starts[c];
            for (int i = from; i < raw; i++)
            {
                // Each leaf is added once, at its first span; zeroing its count marks it done and readies the next passage.
                int leaf = spans.Leaf(i);
                if (leafMatches[leaf] > 0)
                {
                    score += leafWeights[leaf] * PassageScorer.Weight(textLength, leafFrequencies[leaf]) * PassageScorer.Tf(leafMatches[leaf], length);
                    leafMatches[leaf] = 0;
                }
            }

            scores[c] = score * PassageScorer.Norm(starts[c]);
        }
    }

    /// <summary>Fills <paramref name="best"/> with the best candidates (score descending, then earlier first); returns how many.</summary>
    private int ChooseBest(Span<int> best)
    {
        int chosen = 0;
        for (int c = 0; c < count; c++)
        {
            if (chosen == best.Length && !Better(c, best[chosen - 1]))
            {
                continue;
            }

            int i = chosen < best.Length ? chosen++ : chosen - 1;
            for (; i > 0 && Better(c, best[i - 1]); i--)
            {
                best[i] = best[i - 1];
            }

            best[i] = c;
        }

        return chosen;
    }

    private bool Better(int a, int b) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);

    private void Add(int start, int end, int firstSpan, int lastSpan)
    {
        if (count == starts.Length)
        {
            int size = count * 2;
            Array.Resize(ref starts, size);
            Array.Resize(ref ends, size);
            Array.Resize(ref firstSpans, size);
            Array.Resize(ref lastSpans, size);
            Array.Resize(ref scores, size);
        }

        starts[count] = start;
        ends[count] = end;
        firstSpans[count] = firstSpan;
        lastSpans[count] = lastSpan;
        count++;
    }
}
