package io.litmine.cli;

import io.litmine.tasks.BioGptTask;
import io.litmine.tasks.ChemicalDiseaseResult;
import io.litmine.tasks.EntityIds;
import io.litmine.tasks.TaskResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code litmine parse}: the official post-processing of generated text, without a model. Useful to
 * re-parse stored generations and to check the parser against the official scripts.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Parses generated text as the official BioGPT post-processing does.",
            "Reads JSON lines with 'generated' (the text after the prompt) on stdin; prints each"
                    + " line with 'result' added: kd-dti/ddi [[drug, target, interaction]],"
                    + " bc5cdr [[chemical, disease]] (and 'ids' with --entities), hoc the labels."
                    + " [] means the text did not parse.",
            "Bad lines are reported on stderr by line number and skipped; the exit status is 1"
                    + " if any line was rejected."
        })
final class ParseCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin TaskOption taskOption;

    @Option(
            names = "--entities",
            paramLabel = "FILE",
            description =
                    "bc5cdr only: a {chemical2id, disease2id} file (e.g."
                            + " data/biogpt/bc5cdr_test.entities.json) to add MeSH 'ids' as the"
                            + " official script looks them up (\"-1\" when missing).")
    Path entities;

    @Override
    public Integer call() throws Exception {
        BioGptTask<?> parser = taskOption.task();
        if (entities != null && !parser.name().equals("bc5cdr")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--entities applies to --task bc5cdr only");
        }
        EntityIds entityIds = entities == null ? null : EntityIds.read(entities);
        PrintWriter out = spec.commandLine().getOut();
        JsonLines lines = new JsonLines(spec.qualifiedName(), spec.commandLine().getErr());
        BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        lines.forEach(
                in,
                line -> {
                    TaskResult result = parser.parse(line.text("generated"));
                    line.object().set("result", ResultJson.of(result));
                    if (entityIds != null) {
                        line.object()
                                .set(
                                        "ids",
                                        ResultJson.ids((ChemicalDiseaseResult) result, entityIds));
                    }
                    out.println(JsonLines.write(line.object()));
                });
        out.flush();
        return lines.rejected() == 0 ? 0 : 1;
    }
}
