package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.tasks.CidEvaluator.CidLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@code fixtures/tasks/<task>.postprocess.jsonl}: the generated text parsed by the
 * task must give exactly the official script's output ({@code expected}).
 */
class OfficialPostprocessParityTest {

    @Test
    void kdDtiParsesEveryCaseLikeTheOfficialScript() {
        assertAllCasesMatch("kd-dti", new KdDtiTask());
    }

    @Test
    void ddiParsesEveryCaseLikeTheOfficialScript() {
        assertAllCasesMatch("ddi", new DdiTask());
    }

    @Test
    void bc5cdrParsesEveryCaseLikeTheOfficialScript() {
        assertAllCasesMatch("bc5cdr", new Bc5cdrTask());
    }

    @Test
    void hocParsesEveryCaseLikeTheOfficialScript() {
        assertAllCasesMatch("hoc", new HocTask());
    }

    private static void assertAllCasesMatch(String name, BioGptTask<?> task) {
        List<JsonNode> cases =
                TestData.jsonLines(TestData.taskFixture(name + ".postprocess.jsonl"));
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : cases) {
            TaskResult result = task.parse(c.get("generated").asText());
            JsonNode actual = OfficialOutput.of(result, c.get("doc_id").asText());
            if (!actual.equals(c.get("expected"))) {
                mismatches.add(
                        c.get("case_id").asText()
                                + ": got "
                                + actual
                                + ", expected "
                                + c.get("expected"));
            }
        }
        System.out.printf(
                "%s postprocess parity: %d/%d%n",
                name, cases.size() - mismatches.size(), cases.size());
        assertThat(cases).hasSize(180);
        assertThat(mismatches).isEmpty();
    }

    /** Renders a result the way the fixtures record the official script's output. */
    static final class OfficialOutput {
        private static EntityIds entityIds;

        static JsonNode of(TaskResult result, String docId) {
            var out = TestData.JSON.createObjectNode().put("failed", result.failed());
            if (result instanceof RelationResult relations) {
                out.set("extracted", extracted(relations));
            } else if (result instanceof ChemicalDiseaseResult pairs) {
                var lines = out.putArray("pubtator");
                for (CidLine line : Bc5cdrTestSet.cidLines(docId, pairs, entityIds())) {
                    lines.add(line.toPubtator());
                }
            } else if (result instanceof HallmarkResult hallmarks) {
                out.put("label", hallmarks.extracted());
            }
            return out;
        }

        /** The {@code extracted.json} line, with the placeholder triple of a failed document. */
        static JsonNode extracted(RelationResult result) {
            List<RelationTriple> triples =
                    result.failed()
                            ? List.of(new RelationTriple("failed", "failed", "failed"))
                            : result.triples();
            var out = TestData.JSON.createObjectNode();
            out.putArray("triple_list_gold");
            var pred = out.putArray("triple_list_pred");
            for (RelationTriple t : triples) {
                pred.addObject()
                        .put("subject", t.subject())
                        .put("relation", t.relation())
                        .put("object", t.object());
            }
            out.putArray("new");
            out.putArray("lack");
            out.putArray("id").add(0);
            return out;
        }

        static synchronized EntityIds entityIds() {
            if (entityIds == null) {
                try {
                    entityIds = EntityIds.read(TestData.biogpt("bc5cdr_test.entities.json"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return entityIds;
        }
    }
}
