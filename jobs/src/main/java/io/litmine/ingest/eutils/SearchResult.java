package io.litmine.ingest.eutils;

/**
 * What an esearch with {@code usehistory=y} returns: where the result set lives on NCBI's history
 * server and how many PMIDs it holds.
 */
record SearchResult(String webEnv, String queryKey, int count) {}
