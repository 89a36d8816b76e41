package io.litmine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A KD-DTI or DDI {@code test.json} ({@code {id: {title?, abstract, triples: [{drug, target,
 * interaction}]}}}) scored by {@link HardMatchEvaluator}.
 */
final class RelationTestSet implements TestSet<RelationResult> {

    private final List<TestRecord> records;
    private final List<List<RelationTriple>> gold;

    private RelationTestSet(List<TestRecord> records, List<List<RelationTriple>> gold) {
        this.records = List.copyOf(records);
        this.gold = List.copyOf(gold);
    }

    static RelationTestSet read(Path file, Function<Article, List<String>> sources)
            throws IOException {
        List<TestRecord> records = new ArrayList<>();
        List<List<RelationTriple>> gold = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> docs = TestFiles.readDocuments(file).fields();
        while (docs.hasNext()) {
            Map.Entry<String, JsonNode> e = docs.next();
            String id = e.getKey();
            JsonNode doc = e.getValue();
            JsonNode triples = TestFiles.goldList(file, id, doc, "triples");
            if (triples == null) {
                continue;
            }
            Article article =
                    new Article(
                            id,
                            TestFiles.text(file, id, doc, "title", true),
                            TestFiles.text(file, id, doc, "abstract", false));
            records.add(new TestRecord(id, sources.apply(article)));
            gold.add(triples(file, id, triples));
        }
        return new RelationTestSet(records, gold);
    }

    private static List<RelationTriple> triples(Path file, String id, JsonNode list)
            throws IOException {
        List<RelationTriple> triples = new ArrayList<>();
        for (JsonNode t : list) {
            triples.add(
                    new RelationTriple(
                            TestFiles.text(file, id, t, "drug", false),
                            TestFiles.text(file, id, t, "target", false),
                            TestFiles.text(file, id, t, "interaction", false)));
        }
        return triples;
    }

    @Override
    public List<TestRecord> records() {
        return records;
    }

    /** The gold triples of each record, in record order. */
    List<List<RelationTriple>> gold() {
        return gold;
    }

    @Override
    public TaskScores score(Map<String, RelationResult> predictions) {
        List<RelationResult> aligned = new ArrayList<>();
        for (TestRecord record : records) {
            aligned.add(predictions.get(record.id()));
        }
        return HardMatchEvaluator.evaluate(gold, aligned).toTaskScores();
    }
}
