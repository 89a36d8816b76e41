package io.litmine.tasks;

/**
 * What a task makes of one generated text. Sealed so that consumers (the command line, the graph
 * writer) handle every kind explicitly.
 */
public sealed interface TaskResult permits RelationResult, ChemicalDiseaseResult, HallmarkResult {

    /** True when the official post-processing reports the text as failed (nothing parsed). */
    boolean failed();
}
