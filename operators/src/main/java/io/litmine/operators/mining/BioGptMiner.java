package io.litmine.operators.mining;

import io.litmine.extract.TaskExtractor;
import io.litmine.extract.TaskExtractor.Extraction;
import io.litmine.operators.graph.ClaimKind;
import io.litmine.schemas.ArticleRecord;
import io.litmine.tasks.Article;
import io.litmine.tasks.ChemicalDiseaseResult;
import io.litmine.tasks.HallmarkResult;
import io.litmine.tasks.RelationResult;
import io.litmine.tasks.TaskResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The BioGPT miner: runs each configured task over a batch of articles (tokenizer, task prompt,
 * ONNX generation, the task's parser) and turns the typed results into relations and hallmarks.
 * KD-DTI gives drug–target claims, DDI drug–drug, BC5CDR chemical–disease; HoC gives the document's
 * hallmarks.
 */
final class BioGptMiner implements ArticleMiner {

    /** One task with its model's name and version. */
    record TaskModel(
            String task,
            String model,
            String version,
            TaskExtractor<? extends TaskResult> extractor) {}

    private final List<TaskModel> models;

    BioGptMiner(List<TaskModel> models) {
        this.models = List.copyOf(models);
    }

    @Override
    public List<MinedArticle> mine(List<ArticleRecord> batch) {
        List<Article> articles =
                batch.stream()
                        .map(a -> new Article(a.pmid(), a.title(), a.abstractText()))
                        .toList();
        List<Accumulator> perArticle = new ArrayList<>();
        batch.forEach(a -> perArticle.add(new Accumulator(a.pmid())));
        for (TaskModel model : models) {
            List<? extends Extraction<? extends TaskResult>> extractions =
                    model.extractor().extract(articles);
            for (int i = 0; i < extractions.size(); i++) {
                perArticle.get(i).add(model, extractions.get(i));
            }
        }
        return perArticle.stream().map(Accumulator::result).toList();
    }

    @Override
    public void close() {
        models.forEach(m -> m.extractor().close());
    }

    /** What the tasks found in one article so far. */
    private static final class Accumulator {
        private final String pmid;
        private final List<ExtractedRelation> relations = new ArrayList<>();
        private final List<String> hallmarks = new ArrayList<>();
        private final List<String> versions = new ArrayList<>();
        private int parseFailures;
        private long generatedIds;

        Accumulator(String pmid) {
            this.pmid = pmid;
        }

        void add(TaskModel model, Extraction<? extends TaskResult> extraction) {
            TaskResult result = extraction.result();
            generatedIds += extraction.generatedIds();
            versions.add(model.model() + "@" + model.version());
            if (result.failed()) {
                parseFailures++;
            }
            if (result instanceof RelationResult relation) {
                relation.triples()
                        .forEach(
                                t ->
                                        relations.add(
                                                relation(
                                                        model,
                                                        t.subject(),
                                                        t.object(),
                                                        t.relation())));
            } else if (result instanceof ChemicalDiseaseResult cid) {
                cid.pairs()
                        .forEach(
                                p -> relations.add(relation(model, p.chemical(), p.disease(), "")));
            } else if (result instanceof HallmarkResult hoc) {
                hallmarks.addAll(hoc.labels());
            }
        }

        private static ExtractedRelation relation(
                TaskModel model, String subject, String object, String type) {
            ClaimKind kind =
                    switch (model.task()) {
                        case "ddi" -> ClaimKind.DRUG_DRUG;
                        case "bc5cdr" -> ClaimKind.CHEMICAL_DISEASE;
                        default -> ClaimKind.DRUG_TARGET;
                    };
            return new ExtractedRelation(
                    kind, subject, object, type, model.task(), model.model(), model.version());
        }

        MinedArticle result() {
            return new MinedArticle(
                    pmid, relations, hallmarks, versions, parseFailures, generatedIds);
        }
    }
}
