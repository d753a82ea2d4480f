package org.backproplab.sim;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.backproplab.engine.Initializer;
import org.backproplab.io.LabFile;

/**
 * A training run on one background daemon thread. Callers (the UI) never touch the training
 * state: they queue commands, applied between steps in order, and read the newest immutable
 * {@link Snapshot} with {@link #latest()}, which never blocks. While playing, the thread
 * publishes at most about {@value #SNAPSHOTS_PER_SECOND} snapshots per second and records a full
 * pass only for the iteration each snapshot shows. Flat out, it may be told to use only a share
 * of one processor core ({@link #setFlatOutShare}), so that a window drawing every frame on a
 * small machine gets the rest.
 */
public final class TrainingRun implements AutoCloseable {
    /** Most snapshots published per second while playing. */
    public static final int SNAPSHOTS_PER_SECOND = 60;
    /** Speed meaning "as fast as the machine can". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;

    private static final long FRAME_NANOS = 1_000_000_000L / SNAPSHOTS_PER_SECOND;

    private final BlockingQueue<Consumer<TrainingRun>> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final long budgetBytes;
    private final Thread thread;
    private Stepper stepper;
    private final ReplacedRuns replaced;
    /** Play stops when this many epochs are completed (the lab's count; Play again continues). */
    private int epochLimit;
    /** Where the current Play stops: at {@link #epochLimit}, or never when it started past it. */
    private int stopAtEpoch = Integer.MAX_VALUE;
    private boolean running;
    private double speed = 10;
    private volatile double flatOutShare = 1;
    private long nextIterationNanos;
    private volatile boolean closed;
    private volatile LabFile latestLab;
    private volatile long historyBytes;

    /**
     * Starts the thread with a lab at iteration 0.
     *
     * @param run         a loaded lab
     * @param budgetBytes memory budget of the Step Back history
     */
    public TrainingRun(LabRun run, long budgetBytes) {
        this.budgetBytes = budgetBytes;
        this.replaced = new ReplacedRuns(budgetBytes / 8);
        this.stepper = new Stepper(run, budgetBytes);
        this.epochLimit = run.lab().training().epochs();
        latest.set(stepper.snapshot(false));
        latestLab = stepper.lab();
        thread = new Thread(this::loop, "training-run");
        thread.setDaemon(true);
        thread.start();
    }

    /** @param run a loaded lab; history budget {@link History#DEFAULT_BUDGET_BYTES} */
    public TrainingRun(LabRun run) {
        this(run, History.DEFAULT_BUDGET_BYTES);
    }

    /** @return the approximate bytes the Step Back history held at the newest snapshot (diagnostics) */
    public long historyBytes() {
        return historyBytes;
    }

    /** @return the newest snapshot (never null, never blocks) */
    public Snapshot latest() {
        return latest.get();
    }

    /**
     * @return the lab, with its starting weights, of the run that published the newest snapshot
     *         (it changes when Step Back returns to a run Reset or Re-initialise replaced)
     */
    public LabFile latestLab() {
        return latestLab;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Starts continuous training. It stops by itself once the lab's epoch count
     * ({@link #setEpochLimit}) is completed, unless it started there or beyond.
     */
    public void play() {
        post(r -> {
            r.running = true;
            r.stopAtEpoch = r.stepper.epochsCompleted() < r.epochLimit ? r.epochLimit : Integer.MAX_VALUE;
            r.nextIterationNanos = System.nanoTime();
        });
    }

    /** @param epochs the epoch count at which Play stops (at least 1) */
    public void setEpochLimit(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, found " + epochs);
        }
        post(r -> {
            r.epochLimit = epochs;
            r.stopAtEpoch = r.stepper.epochsCompleted() < epochs ? epochs : Integer.MAX_VALUE;
        });
    }

    /** Stops continuous training at a completed iteration. */
    public void pause() {
        post(r -> r.running = false);
    }

    /** @param g how far to move forward (pauses play) */
    public void stepForward(Granularity g) {
        post(r -> {
            r.running = false;
            r.stepper.forward(g);
        });
    }

    /**
     * @param g how far to move back (pauses play); at the start of a run that Reset or
     *          Re-initialise began, back to where the replaced run was
     */
    public void stepBack(Granularity g) {
        post(r -> {
            r.running = false;
            if (r.stepper.atOwnStart() && !r.replaced.isEmpty()) {
                ReplacedRuns.Replaced before = r.replaced.pop();
                r.stepper = before.stepper();
                r.stepper.setMessage(before.undoneNotice());
            } else {
                r.stepper.back(g);
            }
        });
    }

    /** @param g how far to move to (a phase step of the iteration on show; pauses play) */
    public void goToStep(int step) {
        post(r -> {
            r.running = false;
            r.stepper.goToStep(step);
        });
    }

    /**
     * Back to iteration 0 with the same starting weights: a replay of the same run, with the
     * learning rate, momentum and L2 of the position it leaves.
     */
    public void reset() {
        post(r -> r.replace(r.currentLab(), "Reset to the starting weights, before iteration 1 (Step Back returns)",
                "Reset undone: back where the run was"));
    }

    /**
     * New starting weights from the lab's initialiser (xavier when the lab gives explicit
     * weights) with another seed; Reset afterwards returns to these weights.
     *
     * @param seed initialiser seed
     */
    public void reinitialise(long seed) {
        post(r -> r.replace(reinitialised(r.currentLab(), seed),
                "Re-initialised with seed " + seed + " (Step Back returns to the weights before)",
                "Re-initialise undone: the weights before it"));
    }

    /**
     * @param lab  a lab
     * @param seed initialiser seed
     * @return the lab starting from weights drawn by its initialiser (xavier when it gives
     *         explicit weights) with that seed
     */
    public static LabFile reinitialised(LabFile lab, long seed) {
        Initializer old = lab.init();
        Initializer init = old == null ? new Initializer("xavier", seed, 0)
                : new Initializer(old.scheme(), seed, old.scale());
        return new LabFile(lab.title(), lab.architecture(), null, init, lab.data(), lab.training(), lab.source(), lab.notes());
    }

    /** @param iterationsPerSecond play speed, or {@link #FLAT_OUT} */
    public void setSpeed(double iterationsPerSecond) {
        if (!(iterationsPerSecond > 0)) {
            throw new IllegalArgumentException("speed must be positive, found " + iterationsPerSecond);
        }
        post(r -> {
            r.speed = iterationsPerSecond;
            r.nextIterationNanos = System.nanoTime();
        });
    }

    /**
     * Lets flat-out play use only part of one processor core: each frame's slice of iterations
     * runs for that share of the frame and the thread rests for the remainder (commands are
     * still applied at once). Slower speeds are unaffected.
     *
     * @param share of one core, above 0 and at most 1 (1, the default, never rests)
     */
    public void setFlatOutShare(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1], found " + share);
        }
        flatOutShare = share;
    }

    /** @return the share of one core flat-out play uses (1 = all of it) */
    public double flatOutShare() {
        return flatOutShare;
    }

    /**
     * @param layer layer l = 1 … L the weight feeds
     * @param from  unit in layer − 1
     * @param to    unit in layer
     * @param value the new weight
     */
    public void editWeight(int layer, int from, int to, double value) {
        post(r -> r.stepper.editWeight(layer, from, to, value));
    }

    /**
     * @param layer layer l = 1 … L of the unit
     * @param unit  unit in that layer
     * @param value the new bias
     */
    public void editBias(int layer, int unit, double value) {
        post(r -> r.stepper.editBias(layer, unit, value));
    }

    /**
     * Changes the learning rate, momentum and L2 strength between two steps, without a restart;
     * Step Back across the change restores the earlier values.
     *
     * @param h the new values
     */
    public void setHyperparameters(Hyperparameters h) {
        post(r -> {
            Hyperparameters before = r.stepper.hyperparameters();
            r.stepper.setHyperparameters(h);
            String changes = h.changesFrom(before);
            if (!changes.isEmpty()) {
                r.stepper.setMessage(Character.toUpperCase(changes.charAt(0)) + changes.substring(1)
                        + " without a restart (Step Back undoes it)");
            }
        });
    }

    /**
     * Replaces the whole run (new lab or changed settings), paused at iteration 0.
     *
     * @param run    the new lab, already loaded
     * @param notice message shown with the first snapshot ("" for none)
     */
    public void load(LabRun run, String notice) {
        post(r -> {
            r.running = false;
            r.replaced.clear();
            r.stepper = new Stepper(run, r.budgetBytes);
            r.epochLimit = run.lab().training().epochs();
            r.stepper.setMessage(notice);
        });
    }

    /**
     * @return a future completed, with the snapshot published after them, once every command
     *         queued before this call has been applied
     */
    public CompletableFuture<Snapshot> flush() {
        CompletableFuture<Snapshot> done = new CompletableFuture<>();
        post(r -> r.afterPublish = done);
        return done;
    }

    /** Stops the thread (pending commands are dropped). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    // ---------------------------------------------------------------- the thread

    private CompletableFuture<Snapshot> afterPublish;

    private void post(Consumer<TrainingRun> command) {
        commands.add(command);
    }

    /** The lab with the hyperparameters of the current position (so Reset keeps changed ones). */
    private LabFile currentLab() {
        return stepper.hyperparameters().applyTo(stepper.lab());
    }

    /** A new run of the same data in place of the current one, which Step Back can return to. */
    private void replace(LabFile lab, String notice, String undoneNotice) {
        running = false;
        LabRun fresh = new LabRun(lab, stepper.data(), LabRun.newSession(lab, stepper.data()));
        replaced.push(stepper, undoneNotice);
        stepper = new Stepper(fresh, budgetBytes);
        stepper.setContinuesEarlierRun(true);
        stepper.setMessage(notice);
    }

    private void loop() {
        try {
            while (!closed) {
                Consumer<TrainingRun> c = running ? commands.poll(waitNanos(), TimeUnit.NANOSECONDS) : commands.take();
                if (c != null) {
                    apply(c);
                    while ((c = commands.poll()) != null) {
                        apply(c);
                    }
                    publish();
                } else if (running) {
                    playSlice();
                    publish();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void apply(Consumer<TrainingRun> c) {
        try {
            c.accept(this);
        } catch (RuntimeException e) {
            running = false;
            stepper.setMessage(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void publish() {
        Snapshot s = stepper.snapshot(running);
        latestLab = stepper.lab();
        historyBytes = stepper.history().bytes();
        latest.set(s);
        if (afterPublish != null) {
            afterPublish.complete(s);
            afterPublish = null;
        }
    }

    /** Nanoseconds until the next iteration is due (flat out: 0, or the rest of the frame when sharing). */
    private long waitNanos() {
        if (speed == FLAT_OUT && flatOutShare >= 1) {
            return 0;
        }
        return Math.max(0, nextIterationNanos - System.nanoTime());
    }

    /**
     * One frame's worth of play: flat out, iterations for about one frame (or its share of the
     * frame, resting until the frame ends); otherwise the iterations now due (at most one frame's
     * worth). Only the last records its pass.
     */
    private void playSlice() {
        long start = System.nanoTime();
        boolean ok;
        if (speed == FLAT_OUT) {
            double share = flatOutShare;
            long budget = (long) (FRAME_NANOS * share);
            do {
                for (int i = 0; i < 15; i++) {
                    if (!stepper.playIteration(false)) {
                        stopDiverged();
                        return;
                    }
                    if (stopAtEpochLimit()) {
                        return;
                    }
                }
            } while (System.nanoTime() - start < budget);
            // the next slice is due when this frame ends (waitNanos)
            nextIterationNanos = start + FRAME_NANOS;
        } else {
            // at most one snapshot per frame: above 60 it/s, a frame's worth of iterations at once
            long perSlice = speed <= SNAPSHOTS_PER_SECOND ? 1 : Math.round(speed / SNAPSHOTS_PER_SECOND);
            long sliceNanos = speed <= SNAPSHOTS_PER_SECOND ? (long) (1e9 / speed) : FRAME_NANOS;
            for (long i = 1; i < perSlice; i++) {
                if (!stepper.playIteration(false)) {
                    stopDiverged();
                    return;
                }
                if (stopAtEpochLimit()) {
                    return;
                }
            }
            nextIterationNanos += sliceNanos;
            if (nextIterationNanos < start) {
                nextIterationNanos = start + sliceNanos;
            }
        }
        ok = stepper.playIteration(true);
        if (!ok) {
            stopDiverged();
        } else {
            stopAtEpochLimit();
        }
    }

    /**
     * Pauses Play once it completed the lab's epochs, saying so (the iteration is recomputed
     * with its pass, so the paused snapshot shows every number).
     *
     * @return whether it paused
     */
    private boolean stopAtEpochLimit() {
        if (stepper.epochsCompleted() < stopAtEpoch) {
            return false;
        }
        running = false;
        stopAtEpoch = Integer.MAX_VALUE;
        if (stepper.snapshot(false).pass() == null) {
            // played without keeping its pass: the same iteration again, kept
            stepper.back(Granularity.ITERATION);
            stepper.forward(Granularity.ITERATION);
        }
        stepper.setMessage("Paused after the lab's " + epochLimit + (epochLimit == 1 ? " epoch" : " epochs")
                + " (Play continues training)");
        return true;
    }

    private void stopDiverged() {
        running = false;
    }
}
