package io.litmine.operators.graph;

import java.io.Serializable;

/** One article asserting a claim, as the graph records it. */
public record Evidence(String pmid, String title, String model, String modelVersion)
        implements Serializable {}
