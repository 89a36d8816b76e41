package io.litmine.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Beam search with Hugging Face's semantics (num_beams, length_penalty, early_stopping false) as a
 * stateless step. Per prompt and step: the 2·K best continuations over all beams; those among the
 * first K that end in {@code </s>} become hypotheses scored {@code logProb / length^penalty}; the
 * first K that do not are the new beams. At the length cap the first K candidates are all finished.
 * A prompt is done when K hypotheses exist and the best running beam, normalised at its current
 * length, cannot beat the worst of them.
 */
final class BeamSearch {

    private static final Comparator<Candidate> WORST_FIRST =
            Comparator.comparingDouble(Candidate::logProb)
                    .thenComparing(Comparator.comparingLong(Candidate::order).reversed());

    private BeamSearch() {}

    /** The next state and, per new cache slot, the old slot its beam continues. */
    record Step(BeamState state, int[] parentSlots) {}

    /** One continuation: parent beam {@code beam} of its group, extended by {@code id}. */
    private record Candidate(double logProb, int beam, int id, long order) {}

    static Step step(BeamState state, float[][] logits, int eos, int pad) {
        List<BeamGroup> groups = new ArrayList<>(state.groups());
        List<Integer> parents = new ArrayList<>();
        int slot = 0;
        for (int g : state.activeGroups()) {
            BeamGroup group = groups.get(g);
            List<Candidate> top =
                    topCandidates(group, logits, slot, 2 * state.numBeams(), eos, pad);
            BeamGroup next = advance(group, top, state, eos);
            groups.set(g, next);
            if (!next.done()) {
                for (Candidate c : runningOf(top, state.numBeams(), eos)) {
                    parents.add(slot + c.beam());
                }
            }
            slot += state.slotsPerGroup();
        }
        BeamState nextState =
                new BeamState(
                        groups, state.generated() + 1, state.numBeams(), state.lengthPenalty());
        return new Step(nextState, parents.stream().mapToInt(Integer::intValue).toArray());
    }

    private static BeamGroup advance(
            BeamGroup group, List<Candidate> top, BeamState state, int eos) {
        int k = state.numBeams();
        int length = state.generated() + 1;
        boolean atCap = length >= group.cap();
        List<Beam> finished = new ArrayList<>(group.finished());
        for (Candidate c : top.subList(0, Math.min(k, top.size()))) {
            if ((c.id() == eos || atCap) && Double.isFinite(c.logProb())) {
                finished.add(extend(group, c).finish(state.lengthPenalty()));
            }
        }
        finished.sort(Comparator.comparingDouble(Beam::score).reversed());
        finished = finished.subList(0, Math.min(k, finished.size()));
        List<Beam> running = new ArrayList<>();
        for (Candidate c : runningOf(top, k, eos)) {
            running.add(extend(group, c));
        }
        boolean done = atCap || cannotImprove(running, finished, k, length, state.lengthPenalty());
        return new BeamGroup(running, finished, done, group.cap(), group.eosAtCap());
    }

    private static boolean cannotImprove(
            List<Beam> running, List<Beam> finished, int k, int length, double penalty) {
        if (running.isEmpty()) {
            return true;
        }
        if (finished.size() < k) {
            return false;
        }
        double bestPossible = running.get(0).logProb() / Math.pow(length, penalty);
        return !(bestPossible > finished.get(finished.size() - 1).score());
    }

    private static Beam extend(BeamGroup group, Candidate c) {
        return group.running().get(c.beam()).extend(c.id(), c.logProb());
    }

    private static List<Candidate> runningOf(List<Candidate> top, int k, int eos) {
        return top.stream().filter(c -> c.id() != eos).limit(k).toList();
    }

    private static List<Candidate> topCandidates(
            BeamGroup group, float[][] logits, int firstSlot, int count, int eos, int pad) {
        PriorityQueue<Candidate> heap = new PriorityQueue<>(count + 1, WORST_FIRST);
        boolean forceEos =
                group.eosAtCap() && group.running().get(0).newIds().size() + 1 == group.cap();
        for (int beam = 0; beam < group.running().size(); beam++) {
            float[] scores = logits[firstSlot + beam];
            double base = group.running().get(beam).logProb() - TokenScores.logSumExp(scores, pad);
            for (int id = 0; id < scores.length; id++) {
                if (id == pad || (forceEos && id != eos)) {
                    continue;
                }
                offer(heap, count, base + scores[id], beam, id, (long) beam * scores.length + id);
            }
        }
        List<Candidate> top = new ArrayList<>(heap);
        top.sort(WORST_FIRST.reversed());
        return top;
    }

    private static void offer(
            PriorityQueue<Candidate> heap,
            int count,
            double logProb,
            int beam,
            int id,
            long order) {
        if (heap.size() == count && logProb <= heap.peek().logProb()) {
            return;
        }
        heap.add(new Candidate(logProb, beam, id, order));
        if (heap.size() > count) {
            heap.poll();
        }
    }
}
