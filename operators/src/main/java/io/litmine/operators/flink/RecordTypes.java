package io.litmine.operators.flink;

import io.litmine.operators.graph.ArticleUpdate;
import io.litmine.schemas.Alert;
import io.litmine.schemas.DeadLetter;
import io.litmine.schemas.PubmedRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;

/**
 * The type information of the values that travel between operators. All are immutable records (or
 * sealed interfaces of records) holding {@code List.copyOf} lists, which Kryo cannot rebuild; the
 * job registers Java serialization for them instead ({@code MiningJob}), and these generic types
 * make Flink use that rather than its POJO analysis.
 */
public final class RecordTypes {
    private RecordTypes() {}

    public static final TypeInformation<DeadLetter> DEAD_LETTER =
            new GenericTypeInfo<>(DeadLetter.class);
    public static final TypeInformation<Alert> ALERT = new GenericTypeInfo<>(Alert.class);
    public static final TypeInformation<PubmedRecord> PUBMED_RECORD =
            new GenericTypeInfo<>(PubmedRecord.class);
    public static final TypeInformation<ArticleUpdate> ARTICLE_UPDATE =
            new GenericTypeInfo<>(ArticleUpdate.class);
    public static final TypeInformation<GraphOutcome> GRAPH_OUTCOME =
            new GenericTypeInfo<>(GraphOutcome.class);
    public static final TypeInformation<RawRecord> RAW_RECORD =
            new GenericTypeInfo<>(RawRecord.class);
}
