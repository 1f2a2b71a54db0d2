using SearchEngine.EntityModel;

// Builds and measures what the entity extractor ships: the dictionary lexicons and the tagger model.
//   entitymodel lexicon [--hunspell DIR]            Debian hunspell-da/-nl -> Entities/Resources/lexicon.{da,nl}.txt.gz
//   entitymodel train [--corpus DIR]                 DaNE + our Alpino annotation -> Entities/Resources/tagger.model
//   entitymodel kfold [--corpus DIR] [--folds K]     DaNE k-fold scores (each fold scored by a model that never saw it)
//   entitymodel evaluate FILE.jsonl [--model FILE]   scores on a gold file, like searchctl entities --eval
//   entitymodel phantoms FILE.jsonl...               values naming nothing the article writes
//   entitymodel top FILE.jsonl... [--top N]          the most frequent extracted values per language
//   entitymodel tag [--lang da|nl] TEXT              each word's tag, for looking into one decision
//   entitymodel bench FILE.jsonl... [--rounds N]     extraction time and allocation per article
//   entitymodel extract FILE.jsonl...                what extraction finds in each article, one line each
return Commands.Run(args);
