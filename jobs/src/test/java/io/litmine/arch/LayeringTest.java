package io.litmine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: jobs → operators → schemas. The modules' Maven dependencies enforce
 * most of it; this also keeps {@code schemas} free of Flink and ONNX Runtime.
 */
class LayeringTest {
    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.litmine");

    @Test
    void jobsUseOperatorsUseSchemasNeverTheOtherWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("io.litmine..")
                .layer("jobs")
                .definedBy(
                        "io.litmine.cli..",
                        "io.litmine.ingest..",
                        "io.litmine.embedded..",
                        "io.litmine.jobs..",
                        "io.litmine.query..")
                .layer("operators")
                .definedBy(
                        "io.litmine.pubmed..",
                        "io.litmine.tokenizer..",
                        "io.litmine.generation..",
                        "io.litmine.model..",
                        "io.litmine.tasks..",
                        "io.litmine.extract..",
                        "io.litmine.operators..")
                .layer("schemas")
                .definedBy("io.litmine.schemas..")
                .whereLayer("jobs")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("operators")
                .mayOnlyBeAccessedByLayers("jobs")
                .whereLayer("schemas")
                .mayOnlyBeAccessedByLayers("jobs", "operators")
                .withOptionalLayers(true)
                .check(CLASSES);
    }

    @Test
    void schemasKnowNeitherFlinkNorOnnxRuntime() {
        noClasses()
                .that()
                .resideInAPackage("io.litmine.schemas..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.flink..", "ai.onnxruntime..", "org.apache.kafka..")
                .check(CLASSES);
    }
}
