package io.litmine.ingest.eutils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.ingest.IngestException;
import io.litmine.schemas.TopicCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where E-utilities polling stands, saved after every published batch so a restart continues where
 * it stopped: the last day fully published and, within the day in progress, how many of its records
 * are already published. Written atomically (temp file + rename), so a crash leaves either the old
 * state or the new one, never a torn file.
 *
 * @param query the search the state belongs to ("" for all of PubMed)
 * @param completedThrough last entry/modification day fully published, or null
 * @param day the day in progress, or null
 * @param dayCount how many records that day's search found when it was started
 * @param nextIndex how many of them are published
 */
public record PollState(
        String query, LocalDate completedThrough, LocalDate day, int dayCount, int nextIndex) {

    private static final ObjectMapper MAPPER = TopicCodec.mapper();

    static PollState fresh(String query) {
        return new PollState(query, null, null, 0, 0);
    }

    static Optional<PollState> load(Path file) {
        try {
            return Optional.of(MAPPER.readValue(Files.readAllBytes(file), PollState.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IngestException("cannot read state file " + file + ": " + e.getMessage(), e);
        }
    }

    void save(Path file) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(temp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
            Files.move(
                    temp,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IngestException("cannot write state file " + file + ": " + e.getMessage(), e);
        }
    }

    PollState inProgress(LocalDate day, int dayCount, int nextIndex) {
        return new PollState(query, completedThrough, day, dayCount, nextIndex);
    }

    PollState completed(LocalDate day) {
        return new PollState(query, day, null, 0, 0);
    }
}
