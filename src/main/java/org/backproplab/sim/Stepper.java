package org.backproplab.sim;

import java.util.List;
import org.backproplab.data.DataSplit;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.DivergenceException;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.backproplab.io.LabFile;

/**
 * The stepping state machine of DESIGN §3, single-threaded ({@link TrainingRun} drives it from
 * its thread). A position is (b, s): b iterations completed before the current one, s the
 * {@link PhaseCursor} step inside it. The current iteration's {@code base} checkpoint is the
 * state it starts from; its pass is computed from the base in one go when the first phase is
 * reached, and the phases only reveal more of it, so they change no parameters. While a pass is
 * computed the live session already holds the state after the update; the snapshot shows the
 * base's parameters until the UPDATE phase.
 *
 * <p>Step Back restores the wanted iteration's base from {@link History} (replaying iterations
 * from the nearest earlier checkpoint when some were not kept) and recomputes its pass, so the
 * parameters, optimiser state, data order and generator are bit for bit what they were. While
 * stepping every base is kept; while playing only every {@link #PLAY_STRIDE}th (and any base
 * after an edit of a weight, a bias or the hyperparameters), which bounds memory and keeps Step Back after Play exact at the cost of
 * replaying at most that many iterations.
 *
 * <p>Every edit of a weight, a bias or the hyperparameters is a step of its own: Step Back at the
 * position of an edit undoes it (same phase, the state before the edit), and a step back that
 * lands before an edit undoes it on the way ({@link EditLog}).
 */
public final class Stepper {
    /** While playing, keep one checkpoint in this many iterations. */
    public static final int PLAY_STRIDE = 16;
    private static final int MAX_LOSSES = 5_000;
    private static final int MAX_EPOCHS = 2_048;

    private final LabFile lab;
    private final DataSplit data;
    private final TrainingSession session;
    private final Architecture architecture;
    private final int complete;
    private final History history;
    private final Curves curves = new Curves(MAX_LOSSES, MAX_EPOCHS);
    private TrainingSession.Checkpoint base;
    private Pass pass;
    private int step;
    private boolean forceKeepBase;
    private final EditLog edits = new EditLog();
    private boolean continuesEarlierRun;
    private String message = "";

    /**
     * @param run          a lab ready to train, at iteration 0 (its session is used live)
     * @param budgetBytes  memory budget of the Step Back history
     */
    public Stepper(LabRun run, long budgetBytes) {
        this.lab = run.lab();
        this.data = run.data();
        this.session = run.session();
        this.architecture = lab.architecture();
        this.complete = 2 * architecture.layerCount() + 2;
        this.history = new History(budgetBytes);
        this.base = session.checkpoint();
    }

    /** @return the lab this run trains */
    public LabFile lab() {
        return lab;
    }

    /** @return the loaded data */
    public DataSplit data() {
        return data;
    }

    /** @param text status line for the next snapshots ("" for none) */
    public void setMessage(String text) {
        message = text;
    }

    // ---------------------------------------------------------------- forward

    /**
     * Moves forward by one step of the given size.
     *
     * @param g granularity
     * @return false when training diverged (the position is then READY before the failing
     *         iteration and the message says why)
     */
    public boolean forward(Granularity g) {
        message = "";
        int layers = architecture.layerCount();
        return switch (g) {
            case PHASE -> step == complete || step == 0 ? startNextTo(1, true) : setStep(step + 1);
            case PASS -> step == complete || step == 0 ? startNextTo(layers + 1, true)
                    : setStep(step <= layers ? layers + 1 : step <= 2 * layers ? 2 * layers + 1 : complete);
            case ITERATION -> step == complete || step == 0 ? startNextTo(complete, true) : setStep(complete);
            case EPOCH -> forwardEpoch();
        };
    }

    /**
     * Completes one iteration as Play does (a mid-iteration position is simply completed).
     *
     * @param record whether to keep its pass (the last iteration before a snapshot must)
     * @return false when training diverged
     */
    public boolean playIteration(boolean record) {
        if (step > 0 && step < complete) {
            return setStep(complete);
        }
        if (step == complete) {
            nextIteration(base.iteration() % PLAY_STRIDE == 0);
        }
        if (!computeCurrent(record)) {
            return false;
        }
        step = complete;
        return true;
    }

    private boolean forwardEpoch() {
        int perEpoch = session.iterationsPerEpoch();
        long done = base.iteration() + (step == complete ? 1 : 0);
        long target = (done / perEpoch + 1) * perEpoch;
        if (step > 0 && step < complete) {
            step = complete;
        }
        while (base.iteration() + (step == complete ? 1 : 0) < target) {
            boolean last = base.iteration() + (step == complete ? 1 : 0) == target - 1;
            if (step == complete) {
                nextIteration(true);
            }
            if (!computeCurrent(last)) {
                return false;
            }
            step = complete;
        }
        return true;
    }

    private boolean setStep(int s) {
        step = s;
        return true;
    }

    /** From a complete (or READY) position: start the next iteration and show it at step s. */
    private boolean startNextTo(int s, boolean record) {
        if (step == complete) {
            nextIteration(true);
        }
        if (!computeCurrent(record)) {
            return false;
        }
        step = s;
        return true;
    }

    /** The completed iteration's base goes to history; the session's state becomes the next base. */
    private void nextIteration(boolean keep) {
        if (keep || forceKeepBase) {
            history.push(base);
            forceKeepBase = false;
        }
        base = session.checkpoint();
        pass = null;
        step = 0;
    }

    /** Computes the current iteration from its base (session at the base), recording its curves. */
    private boolean computeCurrent(boolean record) {
        try {
            pass = session.iterate(record);
        } catch (DivergenceException e) {
            session.restoreInPlace(base);
            pass = null;
            step = 0;
            message = e.getMessage();
            return false;
        }
        curves.addLoss(session.iteration(), session.lastLoss());
        if (session.epoch() > base.epoch()) {
            curves.addEpoch(new Snapshot.EpochMetrics(session.epoch(),
                    Metrics.evaluate(session.network(), data.train(), session.l2()),
                    Metrics.evaluate(session.network(), data.test(), session.l2()),
                    data.train().isClassification() ? session.lastEpochErrors() : -1));
        }
        return true;
    }

    // ---------------------------------------------------------------- back

    /**
     * Moves back by one step of the given size, to exactly the earlier position.
     *
     * @param g granularity
     * @return false when the start of history was reached and nothing moved
     */
    public boolean back(Granularity g) {
        message = "";
        long b = base.iteration();
        if (editHere()) {
            undoLatestEdit();
            return true;
        }
        if (atOwnStart()) {
            return false;
        }
        BackTarget t = BackTarget.from(g, b, step, architecture.layerCount(), session.iterationsPerEpoch());
        return goTo(t.base(), t.step());
    }

    /**
     * Moves to a phase of the iteration on show, forward or back (a click on a phase chip).
     *
     * @param target phase step, 1 … 2·layers + 2
     * @return false when training diverged on the way
     */
    public boolean goToStep(int target) {
        message = "";
        if (target < 1 || target > complete || target == step) {
            return true;
        }
        if (target < step) {
            return goTo(base.iteration(), target);
        }
        if (step == 0 && !computeCurrent(true)) {
            return false;
        }
        step = target;
        return true;
    }

    /**
     * Goes to position (targetBase, targetStep), at or before the current one. When history no
     * longer reaches it, goes to the earliest position it still reaches (READY at the oldest
     * checkpoint).
     */
    private boolean goTo(long targetBase, int targetStep) {
        if (targetBase < base.iteration() && !history.reaches(targetBase)) {
            long earliest = history.earliestIteration();
            targetBase = earliest < 0 ? base.iteration() : earliest;
            targetStep = 0;
        }
        if (targetBase == base.iteration()) {
            if (targetStep == 0 && step > 0) {
                showBase(base, 0);
            }
            step = targetStep;
            undoEditsAfterPosition();
            return true;
        }
        TrainingSession.Checkpoint from = history.latestAtOrBefore(targetBase);
        if (from == null) {
            return false;
        }
        session.restoreInPlace(from);
        if (from.iteration() == targetBase) {
            showBase(history.popLatest(), targetStep);
        } else {
            while (session.iteration() < targetBase) {
                session.iterate(false);
            }
            showBase(session.checkpoint(), targetStep);
        }
        undoEditsAfterPosition();
        return true;
    }

    /** @return whether the newest edit was made at this very position (Step Back undoes it) */
    private boolean editHere() {
        return edits.madeAt(base.iteration(), step);
    }

    /** Undoes the newest edit, made at this position: its state before, the same phase. */
    private void undoLatestEdit() {
        EditLog.Edit e = edits.removeNewest();
        showBase(e.before(), step);
        message = "Undid " + e.what();
    }

    /**
     * After moving back: edits later than the position are dropped, and when some were made in
     * the iteration shown, its base becomes the state before the earliest of them.
     */
    private void undoEditsAfterPosition() {
        EditLog.Edit earliest = edits.dropAfter(base.iteration(), step);
        if (earliest != null) {
            showBase(earliest.before(), step);
        }
    }

    /** Makes a checkpoint of this iteration the base and shows it at step s (0 … complete − 1). */
    private void showBase(TrainingSession.Checkpoint b, int s) {
        session.restoreInPlace(b);
        base = b;
        pass = null;
        step = 0;
        curves.truncateLosses(base.iteration());
        curves.truncateEpochs(base.epoch());
        if (s > 0 && computeCurrent(true)) {
            step = s;
        }
    }

    /**
     * @return whether Step Back can go no further: READY with no earlier checkpoint and no edit
     *         to undo, and no earlier run this one replaced ({@link #setContinuesEarlierRun})
     */
    public boolean atHistoryStart() {
        return atOwnStart() && !continuesEarlierRun;
    }

    /** @return whether Step Back cannot move within this run: READY at its oldest checkpoint, no edit here */
    public boolean atOwnStart() {
        long b = base.iteration();
        return step == 0 && (b == 0 || !history.reaches(b - 1)) && !editHere();
    }

    /**
     * @param earlier whether this run replaced another one that Step Back at this run's start
     *                returns to (Re-initialise and Reset can be undone)
     */
    public void setContinuesEarlierRun(boolean earlier) {
        continuesEarlierRun = earlier;
    }

    // ---------------------------------------------------------------- edits

    /**
     * Sets one weight of the parameters shown at this position (see {@link #editBase}).
     *
     * @param layer layer l = 1 … L the weight feeds
     * @param from  unit in layer − 1
     * @param to    unit in layer
     * @param value new weight
     */
    public void editWeight(int layer, int from, int to, double value) {
        editBase("the edit of a weight", EditLog.weight(session.network(), layer, from, to, value));
    }

    /**
     * Sets one bias of the parameters shown at this position (see {@link #editBase}).
     *
     * @param layer layer l = 1 … L of the unit
     * @param unit  unit in that layer
     * @param value new bias
     */
    public void editBias(int layer, int unit, double value) {
        editBase("the edit of a bias", EditLog.bias(session.network(), layer, unit, value));
    }

    /**
     * Changes the learning rate, momentum and L2 strength for the iteration shown and the ones
     * after it (see {@link #editBase}); the optimiser's velocities are kept.
     *
     * @param h the new values
     * @throws IllegalArgumentException when a value is out of range
     */
    public void setHyperparameters(Hyperparameters h) {
        h.check();
        editBase("the change of learning rate, momentum or L2", () -> session.setHyperparameters(h));
    }

    /** @return the learning rate, momentum and L2 strength of the iteration at this position */
    public Hyperparameters hyperparameters() {
        return new Hyperparameters(base.optimizer().learningRate(), base.optimizer().momentum(), base.l2());
    }

    /**
     * Changes the state the current iteration starts from. Mid-iteration the base is edited and
     * the pass recomputed; at a completed position the edited state starts the next iteration
     * (position READY). The edited base is always kept in history, so stepping back past the
     * edit restores the unedited state, and stepping forward again replays from the edit. The
     * state before the edit is kept, so that Step Back at this position undoes it.
     */
    private void editBase(String what, Runnable edit) {
        message = "";
        if (step == complete) {
            nextIteration(true);
        }
        edits.add(new EditLog.Edit(base.iteration(), step, base, what));
        session.restoreInPlace(base);
        edit.run();
        base = session.checkpoint();
        forceKeepBase = true;
        int keepStep = step;
        pass = null;
        step = 0;
        curves.truncateLosses(base.iteration());
        if (keepStep > 0 && computeCurrent(true)) {
            step = keepStep;
        }
    }

    // ---------------------------------------------------------------- snapshot

    /**
     * @param running whether play is on
     * @return an immutable picture of this position
     */
    public Snapshot snapshot(boolean running) {
        PhaseCursor phase = new PhaseCursor(step, architecture.layerCount());
        // the snapshot copies what it is given, so neither the live state nor the checkpoint is shared
        Parameters shown = phase.updated() ? session.network().parameters() : base.parameters();
        int epoch = phase.updated() ? session.epoch() : base.epoch();
        long lastLoss = base.iteration() + (phase.lossComputed() ? 1 : 0);
        List<Double> losses = curves.lossesUpTo(lastLoss);
        return new Snapshot(architecture, shown, step == 0 ? null : pass, phase, base.iteration(), epoch,
                base.cursor() / session.batchSize(), session.iterationsPerEpoch(), batchRows(), data,
                curves.epochsUpTo(epoch), losses, running, atHistoryStart(), message,
                curves.firstLossIteration(), hyperparameters());
    }

    private int[] batchRows() {
        int[] order = base.order();
        int rows = Math.min(session.batchSize(), order.length - base.cursor());
        int[] out = new int[rows];
        System.arraycopy(order, base.cursor(), out, 0, rows);
        return out;
    }

    /** @return epochs completed at this position (the update of an epoch's last batch completes it) */
    public int epochsCompleted() {
        return new PhaseCursor(step, architecture.layerCount()).updated() ? session.epoch() : base.epoch();
    }

    /** @return the live parameters of the session (tests compare them after stepping) */
    public Parameters liveParameters() {
        return session.network().parameters();
    }

    /** @return a copy of the whole live training state: parameters, optimiser, data order, generator (for tests) */
    public TrainingSession.Checkpoint liveState() {
        return session.checkpoint();
    }

    /** @return the history (for diagnostics and tests) */
    public History history() {
        return history;
    }
}
