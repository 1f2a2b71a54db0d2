using SearchEngine.Engines.LuceneNet;
using SearchEngine.News.Engines;

[assembly: NewsEngine(typeof(LuceneNetEngine))]
