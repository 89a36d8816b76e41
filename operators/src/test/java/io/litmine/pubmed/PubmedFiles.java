package io.litmine.pubmed;

import io.litmine.testsupport.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real PubMed XML bundled under data/pubmed, and a helper to read a file whole. */
final class PubmedFiles {
    private PubmedFiles() {}

    static Path dir() {
        return Checkout.root().resolve("data/pubmed");
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.toString().matches(".*\\.xml(\\.gz)?$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReadItem> readAll(Path file) throws IOException {
        try (PubmedXmlReader reader = PubmedXmlReader.open(file)) {
            return drain(reader);
        }
    }

    static List<ReadItem> drain(PubmedXmlReader reader) {
        List<ReadItem> items = new ArrayList<>();
        for (ReadItem item = reader.next(); item != null; item = reader.next()) {
            items.add(item);
        }
        return items;
    }
}
