package io.litmine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.litmine.tasks.ChemicalDiseasePair;
import io.litmine.tasks.ChemicalDiseaseResult;
import io.litmine.tasks.EntityIds;
import io.litmine.tasks.HallmarkResult;
import io.litmine.tasks.RelationResult;
import io.litmine.tasks.RelationTriple;
import io.litmine.tasks.TaskResult;

/**
 * The {@code result} field of the command line's output: compact arrays rather than objects, as the
 * issue that specified the commands asks ({@code [[drug, target, interaction], ...]}).
 */
final class ResultJson {

    private ResultJson() {}

    /** kd-dti/ddi: {@code [[subject, object, relation]]}; bc5cdr: pairs; hoc: labels. */
    static ArrayNode of(TaskResult result) {
        ArrayNode out = JsonLines.MAPPER.createArrayNode();
        if (result instanceof RelationResult relations) {
            for (RelationTriple t : relations.triples()) {
                out.addArray().add(t.subject()).add(t.object()).add(t.relation());
            }
        } else if (result instanceof ChemicalDiseaseResult pairs) {
            for (ChemicalDiseasePair p : pairs.pairs()) {
                out.addArray().add(p.chemical()).add(p.disease());
            }
        } else if (result instanceof HallmarkResult hallmarks) {
            hallmarks.labels().forEach(out::add);
        }
        return out;
    }

    /** bc5cdr with an entity map: {@code [[chemicalId, diseaseId]]}, {@code "-1"} when missing. */
    static ArrayNode ids(ChemicalDiseaseResult result, EntityIds entityIds) {
        ArrayNode out = JsonLines.MAPPER.createArrayNode();
        for (ChemicalDiseasePair pair : result.pairs()) {
            EntityIds.MeshIdPair ids = entityIds.lookup(pair);
            out.addArray().add(ids.chemicalId()).add(ids.diseaseId());
        }
        return out;
    }
}
