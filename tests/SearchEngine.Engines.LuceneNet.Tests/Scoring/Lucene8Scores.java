// Java Lucene 8's scores for JavaLucene8ParityTests: indexes corpus.tsv (id, language, text) the way the lucenenet
// engine does (id and lang keywords, body_<lang> analysed with Lucene's DanishAnalyzer / DutchAnalyzer, default
// BM25Similarity) and prints "query<TAB>id<TAB>score" for every hit of each query below, best first.
// The queries are numbered; JavaLucene8ParityTests.Queries lists the same ones in the same order.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

public class Lucene8Scores {
    public static void main(String[] args) throws Exception {
        Map<String, Analyzer> languages = new HashMap<>();
        languages.put("body_da", new DanishAnalyzer());
        languages.put("body_nl", new DutchAnalyzer());
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), languages)))) {
            for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", -1);
                Document document = new Document();
                document.add(new StringField("id", parts[0], Field.Store.YES));
                document.add(new StringField("lang", parts[1], Field.Store.NO));
                if (!parts[2].isEmpty()) {
                    document.add(new TextField("body_" + parts[1], parts[2], Field.Store.NO));
                }
                writer.addDocument(document);
            }
        }

        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
        Query[] queries = queries();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < queries.length; i++) {
            for (ScoreDoc hit : searcher.search(queries[i], 10000).scoreDocs) {
                out.append(i).append('\t').append(searcher.doc(hit.doc).get("id")).append('\t').append(hit.score).append('\n');
            }
        }
        System.out.print(out);
    }

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    private static Query[] queries() {
        return new Query[] {
            term("body_da", "hund"),
            new BoostQuery(term("body_da", "kat"), 2.5f),
            new PhraseQuery(0, "body_da", "hund", "kat"),
            new PhraseQuery(3, "body_da", "hund", "kat"),
            new BooleanQuery.Builder()
                .add(new BoostQuery(term("body_da", "regering"), 2f), Occur.SHOULD)
                .add(term("body_nl", "regering"), Occur.SHOULD).build(),
            term("body_nl", "kinder"),
            new BooleanQuery.Builder().add(term("body_nl", "eier"), Occur.MUST).add(term("lang", "nl"), Occur.FILTER).build(),
            new PhraseQuery(1, "body_nl", "fiets", "kinder"),
            new BoostQuery(new BooleanQuery.Builder()
                .add(term("body_da", "fisk"), Occur.SHOULD)
                .add(term("body_da", "bil"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build(), 1.7f),
            term("lang", "da"),
            new BooleanQuery.Builder()
                .add(new BoostQuery(new PrefixQuery(new Term("body_da", "hu")), 3f), Occur.SHOULD)
                .add(term("body_da", "by"), Occur.SHOULD)
                .add(term("body_da", "skol"), Occur.MUST_NOT).build(),
            new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(term("body_da", "valg"), Occur.SHOULD).build(),
        };
    }
}
