package io.litmine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.tasks.CidEvaluator.CidLine;
import io.litmine.tasks.EntityIds.MeshIdPair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A BC5CDR {@code test.json} ({@code {pmid: {title, abstract, relations: [{chemical, disease}],
 * chemical2id, disease2id}}}). Its relations are exactly the CID lines of the official gold
 * PubTator file. Predicted names are mapped to ids with the test-wide entity map, which is the
 * union of the documents' maps (the last value winning), i.e. {@code test.entities.json}.
 */
final class Bc5cdrTestSet implements TestSet<ChemicalDiseaseResult> {

    private final List<TestRecord> records;
    private final List<CidLine> gold;
    private final EntityIds entityIds;

    private Bc5cdrTestSet(List<TestRecord> records, List<CidLine> gold, EntityIds entityIds) {
        this.records = List.copyOf(records);
        this.gold = List.copyOf(gold);
        this.entityIds = entityIds;
    }

    static Bc5cdrTestSet read(Path file, Function<Article, List<String>> sources)
            throws IOException {
        List<TestRecord> records = new ArrayList<>();
        List<CidLine> gold = new ArrayList<>();
        EntityIds.Builder entityIds = new EntityIds.Builder();
        Iterator<Map.Entry<String, JsonNode>> docs = TestFiles.readDocuments(file).fields();
        while (docs.hasNext()) {
            Map.Entry<String, JsonNode> e = docs.next();
            String pmid = e.getKey();
            JsonNode doc = e.getValue();
            entityIds.addAll(doc);
            JsonNode relations = TestFiles.goldList(file, pmid, doc, "relations");
            if (relations == null) {
                continue;
            }
            Article article =
                    new Article(
                            pmid,
                            TestFiles.text(file, pmid, doc, "title", false),
                            TestFiles.text(file, pmid, doc, "abstract", false));
            records.add(new TestRecord(pmid, sources.apply(article)));
            gold.addAll(goldLines(file, pmid, relations));
        }
        return new Bc5cdrTestSet(records, gold, entityIds.build());
    }

    private static List<CidLine> goldLines(Path file, String pmid, JsonNode relations)
            throws IOException {
        List<CidLine> lines = new ArrayList<>();
        for (JsonNode r : relations) {
            lines.add(
                    new CidLine(
                            pmid,
                            TestFiles.text(file, pmid, r, "chemical", false),
                            TestFiles.text(file, pmid, r, "disease", false)));
        }
        return lines;
    }

    @Override
    public List<TestRecord> records() {
        return records;
    }

    /** The test-wide name → id map the official post-processing uses. */
    EntityIds entityIds() {
        return entityIds;
    }

    /** The gold CID lines. */
    List<CidLine> gold() {
        return gold;
    }

    @Override
    public TaskScores score(Map<String, ChemicalDiseaseResult> predictions) {
        List<CidLine> predicted = new ArrayList<>();
        for (TestRecord record : records) {
            ChemicalDiseaseResult result = predictions.get(record.id());
            if (result != null) {
                predicted.addAll(cidLines(record.id(), result, entityIds));
            }
        }
        return CidEvaluator.evaluate(gold, predicted).jarScores();
    }

    /** The PubTator lines the official post-processing writes for one document. */
    static List<CidLine> cidLines(String pmid, ChemicalDiseaseResult result, EntityIds ids) {
        List<CidLine> lines = new ArrayList<>();
        for (ChemicalDiseasePair pair : result.pairs()) {
            MeshIdPair mesh = ids.lookup(pair);
            lines.add(new CidLine(pmid, mesh.chemicalId(), mesh.diseaseId()));
        }
        return lines;
    }
}
