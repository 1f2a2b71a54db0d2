#!/usr/bin/env python3
"""Builds src/SearchEngine.Analysis/Resources/langdetect-model.txt, the Danish/Dutch language model.

Usage, from anywhere:  python3 tools/langdetect/train.py [--voc-dir DIR] [--out FILE]

Sources, per language (nothing else goes in; in particular never ../shared/corpus, which is licensed
for testing only):
  * the Snowball stemmer vocabulary voc.txt (BSD-3): a list of distinct words, so it says which
    character n-grams exist but not how often words occur;
  * the Snowball stop list in src/SearchEngine.Analysis/Resources (BSD), ranked commonest first, so
    Zipf's law turns ranks into token frequencies;
  * da.txt / nl.txt beside this script: news-style prose written for this project, which supplies real
    token frequencies (function words, inflections).

Features are the character 1..4-grams of each lower-cased letter run padded with '_' at both ends, plus
whole words frequent in prose or stop lists. With two languages only a feature's log ratio matters, so
features with a small ratio are pruned. LanguageDetector sums the ratios (whole words weighted, and the
k-th repeat of a word weighted 1/k), then turns the margin into a probability with a scale calibrated
here on held-out prose. Uses the standard library only; output is deterministic.
"""

import argparse
import math
import os
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "src", "SearchEngine.Analysis", "Resources", "langdetect-model.txt")
LANGS = ("da", "nl")
SNOWBALL_NAMES = {"da": "danish", "nl": "dutch"}
MAX_N = 4

# Knobs, chosen by a coarse grid (README.md): accuracy sat on a plateau around these values.
VOC_SHARE = 0.25      # share of the n-gram distribution from vocabulary types; the rest from prose tokens
SMOOTHING = 0.5       # floor probability, in observations (words) of an average language
STOP_TOKENS = 2000.0  # pseudo-tokens the ranked stop list adds to the prose word counts
VOC_WORD_MASS = 0.05  # word probability mass spread evenly over the vocabulary
MIN_WORD_COUNT = 2    # a whole-word feature needs this many (pseudo-)tokens in one language
MAX_RATIO = 6.0       # cap on |log ratio|: one rare n-gram must not outvote a sentence
MIN_RATIO = 0.15      # smaller ratios are dropped: they hardly move a decision and cost memory
WORD_WEIGHT = 3.0     # weight of a whole-word feature relative to one n-gram
FOLDS = 5             # cross-validation folds over prose paragraphs for calibrating the scale


def words(text):
    """Yields lower-cased letter runs, split as LanguageDetector splits (combining marks are skipped)."""
    current = []
    for ch in text:
        if ch.isalpha():
            current.append(ch.lower())
        elif current and unicodedata.category(ch) == "Mn":
            continue
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)


def ngrams(word):
    """Yields the n-grams of '_word_', n = 1..MAX_N, except the bare boundary '_'."""
    padded = "_" + word + "_"
    for end in range(1, len(padded) + 1):
        for n in range(1, min(MAX_N, end) + 1):
            gram = padded[end - n:end]
            if gram != "_":
                yield gram


def read_stop_list(path):
    """Returns the stop words in file order ('|' starts a comment; the lists are ranked)."""
    result = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            for word in line.split("|", 1)[0].split():
                if word not in result:
                    result.append(word)
    return result


def find_voc(lang, voc_dir):
    name = SNOWBALL_NAMES[lang]
    bases = [voc_dir] if voc_dir else [os.path.join(ROOT, "..", "shared", "oracles", "snowball"), "/usr/share/snowball/data"]
    for base in bases:
        path = os.path.join(base, name, "voc.txt")
        if os.path.exists(path):
            return path
    sys.exit(f"No {name}/voc.txt under {bases}; install Debian's snowball-data or pass --voc-dir.")


def read_paragraphs(path):
    with open(path, encoding="utf-8") as f:
        return [p for p in f.read().split("\n\n") if p.strip()]


class Sources:
    """The raw material of one language: vocabulary types, ranked stop words, prose tokens."""

    def __init__(self, lang, voc_dir, paragraphs=None):
        with open(find_voc(lang, voc_dir), encoding="utf-8") as f:
            self.voc = sorted({w for line in f for w in words(line)})
        stop_file = os.path.join(ROOT, "src", "SearchEngine.Analysis", "Resources", SNOWBALL_NAMES[lang] + "_stop.txt")
        self.stop = read_stop_list(stop_file)
        self.paragraphs = paragraphs if paragraphs is not None else read_paragraphs(os.path.join(HERE, lang + ".txt"))
        self.prose = [w for p in self.paragraphs for w in words(p)]

    def with_paragraphs(self, paragraphs):
        clone = object.__new__(Sources)
        clone.voc, clone.stop, clone.paragraphs = self.voc, self.stop, paragraphs
        clone.prose = [w for p in paragraphs for w in words(p)]
        return clone


def word_counts(src):
    """Token counts: the prose plus Zipf-Mandelbrot pseudo-counts 1/(rank + 2.7) for the stop list."""
    counts = Counter(src.prose)
    harmonic = sum(1.0 / (r + 2.7) for r in range(1, len(src.stop) + 1))
    for rank, word in enumerate(src.stop, 1):
        counts[word] += STOP_TOKENS / (rank + 2.7) / harmonic
    return counts


def ngram_distribution(src):
    """P(gram | its order), mixing type frequencies (vocabulary) and token frequencies (prose, stops)."""
    by_type, by_token = Counter(), Counter()
    for w in src.voc:
        by_type.update(ngrams(w))
    for w, c in word_counts(src).items():
        for g in ngrams(w):
            by_token[g] += c
    dist = Counter()
    for counts, share in ((by_type, VOC_SHARE), (by_token, 1.0 - VOC_SHARE)):
        totals = Counter()
        for g, c in counts.items():
            totals[len(g)] += c
        for g, c in counts.items():
            dist[g] += share * c / totals[len(g)]
    return dist


def word_distribution(src):
    """P(word): prose and stop-list token frequencies, with a little mass spread over the vocabulary."""
    counts = word_counts(src)
    total = sum(counts.values())
    dist = Counter({w: (1.0 - VOC_WORD_MASS) * c / total for w, c in counts.items()})
    for w in src.voc:
        dist[w] += VOC_WORD_MASS / len(src.voc)
    return dist


def build(sources):
    """Returns {(kind, key): (logp_da, logp_nl)}, kind 'g' (n-gram) or 'w' (word), pruned and capped."""
    features = {}
    ngram = {lang: ngram_distribution(sources[lang]) for lang in LANGS}
    # One floor for both languages: a floor scaled per language would favour the smaller vocabulary.
    observations = sum(len(sources[l].voc) + len(sources[l].prose) for l in LANGS) / len(LANGS)
    for g in set(ngram["da"]) | set(ngram["nl"]):
        features[("g", g)] = tuple(math.log(ngram[l][g] + SMOOTHING / observations) for l in LANGS)
    word = {lang: word_distribution(sources[lang]) for lang in LANGS}
    word_floor = VOC_WORD_MASS / (10.0 * sum(len(sources[l].voc) for l in LANGS) / len(LANGS))
    frequent = set()
    for lang in LANGS:
        frequent |= {w for w, c in word_counts(sources[lang]).items() if c >= MIN_WORD_COUNT}
    for w in frequent:
        features[("w", w)] = tuple(math.log(word[l][w] + word_floor) for l in LANGS)
    kept = {}
    for key, (da, nl) in features.items():
        if abs(da - nl) < MIN_RATIO:
            continue
        # Cap the ratio by lifting the smaller log-probability.
        kept[key] = (max(da, nl - MAX_RATIO), max(nl, da - MAX_RATIO))
    return kept


def score(features, text):
    """The margin log P(text | da) - log P(text | nl) exactly as LanguageDetector computes it."""
    total = 0.0
    seen = Counter()
    for w in words(text):
        margin = 0.0
        for g in ngrams(w):
            f = features.get(("g", g))
            if f:
                margin += f[0] - f[1]
        f = features.get(("w", w))
        if f:
            margin += WORD_WEIGHT * (f[0] - f[1])
        seen[w] += 1
        total += margin / seen[w]  # repeats of one word (a team name, "(Fra)") must not swamp a text
    return total


def calibrate(sources):
    """Fits the scale s of P(da) = 1 / (1 + exp(-s * margin)) on 1- to 3-word snippets of held-out prose."""
    samples = []
    for fold in range(FOLDS):
        train = {l: sources[l].with_paragraphs([p for i, p in enumerate(sources[l].paragraphs) if i % FOLDS != fold]) for l in LANGS}
        features = build(train)
        for lang in LANGS:
            for i, p in enumerate(sources[lang].paragraphs):
                if i % FOLDS != fold:
                    continue
                tokens = p.split()
                for length in (1, 2, 3):
                    for start in range(0, len(tokens) - length + 1, length):
                        margin = score(features, " ".join(tokens[start:start + length]))
                        if margin != 0.0:
                            samples.append((margin, 1.0 if lang == "da" else 0.0))

    def log_likelihood(s):
        total = 0.0
        for margin, y in samples:
            z = s * margin
            # log sigmoid, computed stably
            total += -math.log1p(math.exp(-z)) if z > 0 else z - math.log1p(math.exp(z))
            total -= z * (1.0 - y)
        return total

    low, high = 1e-3, 2.0
    for _ in range(60):  # golden-section search; the log-likelihood is concave in s
        a, b = low + (high - low) * 0.382, low + (high - low) * 0.618
        if log_likelihood(a) < log_likelihood(b):
            low = a
        else:
            high = b
    accuracy = sum((m > 0) == (y == 1.0) for m, y in samples) / len(samples)
    return (low + high) / 2, len(samples), accuracy


HEADER = """\
# Danish (da) / Dutch (nl) language model for SearchEngine.Analysis.LanguageDetection.LanguageDetector.
# Generated by tools/langdetect/train.py; do not edit by hand, rerun the script.
#
# Sources: the Snowball stemmer vocabularies danish/voc.txt and dutch/voc.txt (snowball-data; {voc_words}
# words), the Snowball Danish and Dutch stop lists, and original news-style prose written for this project
# (tools/langdetect/da.txt, nl.txt; {prose_words} words). No third-party article text was used.
#
# Snowball data: Copyright (c) 2001, Dr Martin Porter; Copyright (c) 2004-2005, Richard Boulton.
# All rights reserved. Redistribution and use in source and binary forms, with or without modification,
# are permitted provided that the following conditions are met: (1) Redistributions of source code must
# retain the above copyright notice, this list of conditions and the following disclaimer. (2)
# Redistributions in binary form must reproduce the above copyright notice, this list of conditions and
# the following disclaimer in the documentation and/or other materials provided with the distribution.
# (3) Neither the name of the Snowball project nor the names of its contributors may be used to endorse
# or promote products derived from this software without specific prior written permission.
# THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED
# WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A
# PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR
# ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
# LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
# INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR
# TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF
# ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
# The prose and this model are licensed with the rest of the repository.
#
# Format: '#' lines are comments; '@name value' lines are parameters; every other line is a feature:
#   kind <TAB> key <TAB> ln P(key | da) <TAB> ln P(key | nl)
# kind g: a character n-gram (n = 1..{max_n}) of a lower-cased letter run padded with '_' at both ends;
# kind w: a whole lower-cased word. Ratios are capped at {max_ratio} and features below {min_ratio} pruned.
# margin = sum over the words of a text of (its g ratios + word-weight * its w ratio) / k, k counting the
# occurrences of that word so far; P(da | text) = 1 / (1 + exp(-scale * margin)), with @scale fitted on
# held-out prose ({samples} snippets of 1-3 words, {accuracy:.1%} right). Missing features count 0.
"""


def write(path, features, sources, scale, samples, accuracy):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(
            voc_words=" + ".join(str(len(sources[l].voc)) for l in LANGS),
            prose_words=" + ".join(str(len(sources[l].prose)) for l in LANGS),
            max_n=MAX_N, max_ratio=MAX_RATIO, min_ratio=MIN_RATIO, samples=samples, accuracy=accuracy))
        f.write(f"@scale {scale:.4f}\n@word-weight {WORD_WEIGHT:g}\n")
        for kind, key in sorted(features):
            da, nl = features[(kind, key)]
            f.write(f"{kind}\t{key}\t{da:.3f}\t{nl:.3f}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--voc-dir", help="folder holding danish/voc.txt and dutch/voc.txt")
    parser.add_argument("--out", default=OUT, help="model file to write")
    args = parser.parse_args()
    sources = {lang: Sources(lang, args.voc_dir) for lang in LANGS}
    scale, samples, accuracy = calibrate(sources)
    features = build(sources)
    write(args.out, features, sources, scale, samples, accuracy)
    words_kept = sum(1 for kind, _ in features if kind == "w")
    print(f"{args.out}: {len(features) - words_kept} n-grams, {words_kept} words, scale {scale:.4f}, "
          f"held-out snippet accuracy {accuracy:.1%} over {samples}, {os.path.getsize(args.out)} bytes")


if __name__ == "__main__":
    main()
