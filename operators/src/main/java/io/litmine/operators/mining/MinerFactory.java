package io.litmine.operators.mining;

import java.io.Serializable;

/**
 * Creates the miner of one parallel operator instance in {@code open()}. Serializable so the job
 * graph can ship it; the miner itself (native sessions) is never serialized.
 */
@FunctionalInterface
public interface MinerFactory extends Serializable {
    ArticleMiner create();
}
