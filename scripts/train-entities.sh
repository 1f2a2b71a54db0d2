#!/bin/sh
# Rebuilds the entity extractor's shipped artefacts and prints their scores on data they were not built from:
# the lexicons from Debian's hunspell-da/-nl, the tagger model from DaNE + our Alpino annotation + our articles,
# then DaNE/Alpino k-fold and CoNLL-2002 Dutch (research-only: measured, never trained on).
set -eu
cd "$(dirname "$0")/.."
if [ ! -f /usr/share/hunspell/da_DK.dic ] || [ ! -f /usr/share/hunspell/nl.dic ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends hunspell-da hunspell-nl >/dev/null
fi
tool="dotnet run --project tools/entitymodel -c Release --"
$tool lexicon
$tool train
$tool kfold
$tool evaluate ../shared/corpus/nl-conll2002.jsonl
$tool phantoms ../shared/corpus/da-ddt-dane.jsonl ../shared/corpus/da-parole-extra.jsonl ../shared/corpus/nl-conll2002.jsonl ../shared/corpus/nl-ud-alpino.jsonl | grep -v '^  '
