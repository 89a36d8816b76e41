package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.tasks.CidEvaluator.CidLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every prediction set of {@code fixtures/tasks/<task>.eval.json}: scoring the set's generated
 * texts through the task (parse, then the test set's evaluator) must reproduce the official
 * evaluator's figures within 5e-5, and each row must parse to the official post-processing output.
 */
class OfficialEvaluationParityTest {

    private static final double TOLERANCE = 5e-5;

    @Test
    void kdDtiScoresEverySetLikeTheOfficialEvaluator() throws IOException {
        assertRelationSets("kd-dti", new KdDtiTask());
    }

    @Test
    void ddiScoresEverySetLikeTheOfficialEvaluator() throws IOException {
        assertRelationSets("ddi", new DdiTask());
    }

    @Test
    void bc5cdrScoresEverySetLikeTheOfficialJar() throws IOException {
        Bc5cdrTask task = new Bc5cdrTask();
        Bc5cdrTestSet testSet = (Bc5cdrTestSet) task.readTestSet(TestData.testFile("bc5cdr"));
        int sets = 0;
        for (JsonNode set : sets("bc5cdr")) {
            List<JsonNode> rows = rows(set);
            List<CidLine> official = new ArrayList<>();
            for (JsonNode row : rows) {
                for (JsonNode line : row.get("prediction")) {
                    String[] f = line.asText().split("\t");
                    official.add(new CidLine(f[0], f[2], f[3]));
                }
            }
            JsonNode printed = set.get("printed");
            assertJarFigures(CidEvaluator.evaluate(testSet.gold(), official).jarScores(), printed);
            if (!set.get("name").asText().equals("gold_direct")) {
                Map<String, ChemicalDiseaseResult> parsed = parseAll(task, rows);
                assertJarFigures(testSet.score(parsed), printed);
                assertParsedRowsMatch(rows, parsed, testSet.entityIds());
            }
            sets++;
        }
        System.out.printf("bc5cdr eval parity: %d/%d sets%n", sets, sets("bc5cdr").size());
        assertThat(sets).isEqualTo(6);
    }

    @Test
    void hocScoresEverySetLikeTheOfficialEvaluator() throws IOException {
        HocTask task = new HocTask();
        TestSet<HallmarkResult> testSet = task.readTestSet(TestData.testFile("hoc"));
        int sets = 0;
        for (JsonNode set : sets("hoc")) {
            List<JsonNode> rows = rows(set);
            Map<String, HallmarkResult> parsed = parseAll(task, rows);
            Map<String, HallmarkResult> official = new HashMap<>();
            for (JsonNode row : rows) {
                String label = row.get("prediction").asText();
                assertThat(parsed.get(row.get("id").asText()).extracted()).isEqualTo(label);
                official.put(
                        row.get("id").asText(),
                        new HallmarkResult(false, label, HallmarkStatement.knownLabels(label)));
            }
            assertHocFigures(testSet.score(parsed), set.get("counts"));
            assertHocFigures(testSet.score(official), set.get("counts"));
            sets++;
        }
        System.out.printf(
                "hoc eval parity: %d/%d sets, %d rows each%n",
                sets, sets, testSet.records().size());
        assertThat(sets).isEqualTo(6);
    }

    private static void assertRelationSets(String name, BioGptTask<RelationResult> task)
            throws IOException {
        RelationTestSet testSet = (RelationTestSet) task.readTestSet(TestData.testFile(name));
        int sets = 0;
        for (JsonNode set : sets(name)) {
            List<JsonNode> rows = rows(set);
            Map<String, RelationResult> parsed = parseAll(task, rows);
            List<RelationResult> official = new ArrayList<>();
            for (JsonNode row : rows) {
                assertThat(
                                OfficialPostprocessParityTest.OfficialOutput.extracted(
                                        parsed.get(row.get("id").asText())))
                        .as("row %s of %s", row.get("id"), set.get("name"))
                        .isEqualTo(row.get("prediction"));
                official.add(relations(row.get("prediction")));
            }
            JsonNode expected = set.get("full_precision");
            assertHardMatchFigures(testSet.score(parsed), expected, set.get("printed"));
            assertHardMatchFigures(
                    HardMatchEvaluator.evaluate(testSet.gold(), official).toTaskScores(),
                    expected,
                    set.get("printed"));
            sets++;
        }
        System.out.printf(
                "%s eval parity: %d/%d sets, %d documents each%n",
                name, sets, sets, testSet.records().size());
        assertThat(sets).isEqualTo(6);
    }

    private static RelationResult relations(JsonNode prediction) {
        List<RelationTriple> triples = new ArrayList<>();
        for (JsonNode t : prediction.get("triple_list_pred")) {
            triples.add(
                    new RelationTriple(
                            t.get("subject").asText(),
                            t.get("object").asText(),
                            t.get("relation").asText()));
        }
        return new RelationResult(triples);
    }

    private static void assertHardMatchFigures(TaskScores actual, JsonNode full, JsonNode printed) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("sample_tp_p", actual.precision());
        figures.put("sample_tp_r", actual.recall());
        figures.put("sample_tp_micro_f1", actual.f1());
        figures.put("sample_tp_macro_f1", actual.details().get("macro_f1").doubleValue());
        for (String key : List.of("acc_d", "acc_t", "acc_i")) {
            figures.put("sample_" + key, actual.details().get(key).doubleValue());
        }
        for (String key :
                List.of(
                        "onto_f1_d",
                        "onto_f1_t",
                        "onto_f1_i",
                        "onto_all_p",
                        "onto_all_r",
                        "onto_f1")) {
            figures.put(key, actual.details().get(key).doubleValue());
        }
        figures.forEach(
                (key, value) ->
                        assertThat(value)
                                .as(key)
                                .isCloseTo(full.get(key).asDouble(), within(TOLERANCE)));
        assertThat(actual.details().get("num_sample").intValue())
                .isEqualTo(printed.get("num_sample").asInt());
        assertThat(actual.details().get("num_gold").intValue())
                .isEqualTo(printed.get("num_gold").asInt());
        assertThat(actual.details().get("num_pred").intValue())
                .isEqualTo(printed.get("num_pred").asInt());
    }

    private static void assertJarFigures(TaskScores actual, JsonNode printed) {
        assertThat(actual.details().get("tp").intValue()).isEqualTo(printed.get("TP").asInt());
        assertThat(actual.details().get("fp").intValue()).isEqualTo(printed.get("FP").asInt());
        assertThat(actual.details().get("fn").intValue()).isEqualTo(printed.get("FN").asInt());
        assertCloseOrBothNaN(actual.precision(), printed.get("Precision").asText());
        assertCloseOrBothNaN(actual.recall(), printed.get("Recall").asText());
        assertCloseOrBothNaN(actual.f1(), printed.get("F-score").asText());
    }

    private static void assertCloseOrBothNaN(double actual, String printed) {
        double expected = Double.parseDouble(printed);
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, within(TOLERANCE));
        }
    }

    private static void assertHocFigures(TaskScores actual, JsonNode counts) {
        assertThat(actual.details().get("tp").intValue()).isEqualTo(counts.get("tp").asInt());
        assertThat(actual.details().get("fp").intValue()).isEqualTo(counts.get("fp").asInt());
        assertThat(actual.details().get("fn").intValue()).isEqualTo(counts.get("fn").asInt());
        assertThat(actual.f1()).isCloseTo(counts.get("micro_f1").asDouble(), within(TOLERANCE));
    }

    private static void assertParsedRowsMatch(
            List<JsonNode> rows, Map<String, ChemicalDiseaseResult> parsed, EntityIds ids) {
        for (JsonNode row : rows) {
            List<String> lines = new ArrayList<>();
            String id = row.get("id").asText();
            Bc5cdrTestSet.cidLines(id, parsed.get(id), ids).forEach(l -> lines.add(l.toPubtator()));
            List<String> expected = new ArrayList<>();
            row.get("prediction").forEach(l -> expected.add(l.asText()));
            assertThat(lines).as("row %s", id).isEqualTo(expected);
        }
    }

    private static <R extends TaskResult> Map<String, R> parseAll(
            BioGptTask<R> task, List<JsonNode> rows) {
        Map<String, R> parsed = new HashMap<>();
        for (JsonNode row : rows) {
            parsed.put(row.get("id").asText(), task.parse(row.get("generated").asText()));
        }
        assertThat(parsed).hasSameSizeAs(rows);
        return parsed;
    }

    private static List<JsonNode> sets(String task) {
        List<JsonNode> sets = new ArrayList<>();
        TestData.json(TestData.taskFixture(task + ".eval.json")).get("sets").forEach(sets::add);
        return sets;
    }

    private static List<JsonNode> rows(JsonNode set) {
        return TestData.jsonLines(TestData.taskFixture(set.get("file").asText()));
    }
}
