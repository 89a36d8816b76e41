package io.litmine.operators.flink;

import java.io.Serializable;

/**
 * A Kafka record before decoding: kept raw so that a record that cannot be decoded still reaches
 * the dead-letter topic with its coordinates and payload.
 */
public record RawRecord(
        String topic, int partition, long offset, String key, byte[] value, long timestamp)
        implements Serializable {}
