package io.litmine.tasks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HoC {@code test.tsv}: one sentence per non-blank line, {@code sentence<TAB>label|label}.
 * Record ids are 1-based sentence numbers. Scored like the official evaluator: labels split on
 * {@code |} and stripped, binarised over the 11 classes (so {@code empty} counts, and unknown
 * strings such as {@code failed} are dropped), micro-F1 over all cells.
 */
final class HocTestSet implements TestSet<HallmarkResult> {

    private final List<TestRecord> records;
    private final List<List<String>> gold;

    private HocTestSet(List<TestRecord> records, List<List<String>> gold) {
        this.records = List.copyOf(records);
        this.gold = List.copyOf(gold);
    }

    static HocTestSet read(Path file) throws IOException {
        List<TestRecord> records = new ArrayList<>();
        List<List<String>> gold = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String stripped = PythonText.strip(line);
                if (stripped.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < 2) {
                    throw new IOException(
                            file
                                    + ": sentence "
                                    + (records.size() + 1)
                                    + " has no tab-separated label field");
                }
                String[] strippedFields = stripped.split("\t", -1);
                gold.add(HallmarkStatement.knownLabels(strippedFields[strippedFields.length - 1]));
                records.add(
                        new TestRecord(
                                String.valueOf(records.size() + 1),
                                List.of(HocTask.sentenceSource(fields[0]))));
            }
        }
        return new HocTestSet(records, gold);
    }

    @Override
    public List<TestRecord> records() {
        return records;
    }

    @Override
    public TaskScores score(Map<String, HallmarkResult> predictions) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < records.size(); i++) {
            HallmarkResult result = predictions.get(records.get(i).id());
            List<String> predicted = result == null ? List.of() : result.labels();
            List<String> expected = gold.get(i);
            for (String label : predicted) {
                if (expected.contains(label)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += (int) expected.stream().filter(label -> !predicted.contains(label)).count();
        }
        return new MicroCounts(tp, fp, fn).sklearnScores();
    }
}
