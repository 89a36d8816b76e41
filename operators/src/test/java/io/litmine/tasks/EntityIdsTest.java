package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class EntityIdsTest {

    @Test
    void testWideMapBuiltFromTheDocumentsEqualsTheOfficialEntitiesFile() throws IOException {
        Bc5cdrTestSet testSet =
                (Bc5cdrTestSet) new Bc5cdrTask().readTestSet(TestData.testFile("bc5cdr"));
        EntityIds official = EntityIds.read(TestData.biogpt("bc5cdr_test.entities.json"));

        assertThat(testSet.entityIds()).isEqualTo(official);
        assertThat(official.chemicalIds()).hasSize(1017);
        assertThat(official.diseaseIds()).hasSize(1339);
    }

    @Test
    void missingNamesLookUpAsMinusOneLikeTheOfficialScript() throws IOException {
        EntityIds ids = EntityIds.read(TestData.biogpt("bc5cdr_test.entities.json"));

        EntityIds.MeshIdPair pair = ids.lookup(new ChemicalDiseasePair("famotidine", "Delirium"));

        assertThat(pair.chemicalId()).isEqualTo("D015738");
        assertThat(pair.diseaseId()).isEqualTo("-1");
    }
}
