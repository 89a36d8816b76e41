package io.litmine.schemas;

/**
 * The Kafka topics litmine reads and writes, each with the JSON Schema that documents its values
 * (under {@code /schemas/} on the classpath) and the record type that carries them.
 */
public enum Topic {
    ARTICLES("pubmed.articles", PubmedRecord.class),
    ALERTS("mining.alerts", Alert.class),
    DEADLETTERS("mining.deadletters", DeadLetter.class);

    private final String defaultName;
    private final Class<?> valueType;

    Topic(String defaultName, Class<?> valueType) {
        this.defaultName = defaultName;
        this.valueType = valueType;
    }

    /** The topic's name unless configuration overrides it. */
    public String defaultName() {
        return defaultName;
    }

    /** The record type of the topic's values. */
    public Class<?> valueType() {
        return valueType;
    }

    /** Classpath resource of the topic's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + defaultName + ".schema.json";
    }
}
