package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;

/**
 * Where the run is inside one iteration, as a strip of phases {@code F1 … FL → Loss → BL … B1 →
 * Update} with the phases done filled and the current one outlined, followed by the iteration,
 * epoch and batch counters, the rows of the current batch and, while the run plays, the training
 * speed (saying so when flat-out play is capped so that the window keeps drawing).
 */
public final class PhaseIndicator extends FlowPane {
    /** Shortest time the speed is averaged over: 0.5 s. */
    private static final long SPEED_WINDOW_NANOS = 500_000_000L;
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final HBox chips = new HBox();
    private final List<Label> chipLabels = new ArrayList<>();
    private final Label phase = new Label();
    private final Label hint = new Label();
    private final Label counters = new Label();
    private final Label batch = new Label();
    private final Label speed = new Label();
    private final Tooltip batchTip = new Tooltip();
    private final Tooltip hintTip = new Tooltip();
    // the iteration and time the speed is measured from
    private long speedIteration = -1;
    private long speedNanos;
    private int layers = -1;

    /** An empty indicator. */
    public PhaseIndicator() {
        getStyleClass().add("phase-indicator");
        setAlignment(Pos.CENTER_LEFT);
        chips.getStyleClass().add("phase-chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        phase.setId("phaseLabel");
        phase.getStyleClass().add("phase-name");
        hint.setId("phaseHint");
        hint.getStyleClass().add("phase-hint");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        counters.setId("counterLabel");
        counters.setMinWidth(Region.USE_PREF_SIZE);
        counters.getStyleClass().add("counters");
        batch.setId("batchLabel");
        batch.getStyleClass().addAll("batch-rows", "batch-list");
        batch.setMinWidth(0);
        batch.setTooltip(batchTip);
        hint.setTooltip(hintTip);
        speed.setId("speedLabel");
        speed.getStyleClass().add("batch-rows");
        speed.setMinWidth(0);
        getChildren().addAll(chips, phase, hint, counters, batch, speed);
        phase.setMinWidth(Region.USE_PREF_SIZE);
        chips.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** @param s the snapshot to describe */
    public void render(Snapshot s) {
        PhaseCursor p = s.phase();
        if (p.layers() != layers) {
            rebuild(p.layers());
        }
        for (int i = 0; i < chipLabels.size(); i++) {
            int chipStep = i + 1;
            chipLabels.get(i).pseudoClassStateChanged(DONE, chipStep < p.step());
            chipLabels.get(i).pseudoClassStateChanged(CURRENT, chipStep == p.step());
        }
        phase.setText(p.step() == 0 ? "READY" : p.label());
        hint.setText(hint(p, s.iteration() + 1, s.architecture().bias()));
        hintTip.setText(org.backproplab.ui.views.MatrixShapes.describe(s));
        counters.setText(counters(s.iteration(), s.epoch(), s.batchIndex(), s.iterationsPerEpoch(), p.updated()));
        String rows = rows(s.batchRows());
        if (!rows.equals(batch.getText())) {
            batch.setText(rows);
            batchTip.setText(rows);
        }
    }

    /**
     * The counters of the iteration on show, all counted from 1: its number, the epoch its
     * batch belongs to and the batch's place in that epoch.
     *
     * @param iteration  the iteration, from 0
     * @param epochsDone epochs completed at this phase (the update of an epoch's last batch
     *                   completes it)
     * @param batchIndex the batch's index within its epoch, from 0
     * @param perEpoch   batches per epoch
     * @param updated    whether this iteration's update has been applied
     * @return e.g. "Iteration 150   Epoch 2   Batch 50 / 100"
     */
    static String counters(long iteration, int epochsDone, int batchIndex, int perEpoch, boolean updated) {
        boolean completedByThisUpdate = updated && batchIndex == perEpoch - 1;
        int epoch = completedByThisUpdate ? epochsDone : epochsDone + 1;
        return "Iteration " + (iteration + 1) + "   Epoch " + epoch + "   Batch " + (batchIndex + 1) + " / " + perEpoch;
    }

    /**
     * Shows the iterations per second since the last reading at least half a second ago while
     * the run plays, nothing otherwise.
     *
     * @param s     the snapshot
     * @param now   the time, in nanoseconds
     * @param share the share of one processor core training is capped at (flat out while the
     *              window draws), or 1 when it is not capped
     */
    public void renderSpeed(Snapshot s, long now, double share) {
        if (!s.running() || speedIteration < 0 || s.iteration() < speedIteration) {
            if (!s.running()) {
                speed.setText("");
            }
            speedIteration = s.running() ? s.iteration() : -1;
            speedNanos = now;
            return;
        }
        if (now - speedNanos >= SPEED_WINDOW_NANOS) {
            // iterations per second = Δiteration / Δt
            double perSecond = (s.iteration() - speedIteration) * 1e9 / (now - speedNanos);
            String cap = share < 1
                    ? " (flat out capped at " + Math.round(100 * share) + " % of a core, so the window keeps drawing)"
                    : "";
            speed.setText("   " + roughCount(perSecond) + " it/s" + cap);
            speedIteration = s.iteration();
            speedNanos = now;
        }
    }

    /** @return the count rounded to two significant digits with thousands separators, e.g. "16,000" */
    static String roughCount(double v) {
        long n = Math.round(v);
        long unit = 1;
        while (n / unit >= 100) {
            unit *= 10;
        }
        return String.format(java.util.Locale.ROOT, "%,d", Math.round((double) n / unit) * unit);
    }

    /** The equation a phase computes, in the lecture's notation. */
    static String hint(PhaseCursor p, long iteration, boolean bias) {
        int l = p.layer();
        String prev = l == 1 ? "x" : "a" + sub(l - 1);
        return switch (p.kind()) {
            case READY -> "Step to start iteration " + iteration;
            case FORWARD -> "z" + sub(l) + " = " + prev + "·W" + sub(l) + (bias ? " + b" + sub(l) : "") + ",  a"
                    + sub(l) + " = g(z" + sub(l) + ")";
            case LOSS -> "J = loss(y, t), averaged over the batch;  ∂J/∂y";
            case BACKWARD -> "δ" + sub(l) + " = ∂J/∂a" + sub(l) + " ⊙ g′(z" + sub(l) + "),  ∂J/∂W" + sub(l) + " = "
                    + prev + "ᵀ·δ" + sub(l);
            case UPDATE -> "W ← W − α·∂J/∂W (optimiser step)";
        };
    }

    private static String sub(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('₀' + (c - '0')));
        }
        return b.toString();
    }

    private void rebuild(int l) {
        layers = l;
        chipLabels.clear();
        for (int step = 1; step <= 2 * l + 2; step++) {
            PhaseCursor c = new PhaseCursor(step, l);
            String text = switch (c.kind()) {
                case FORWARD -> "F" + c.layer();
                case BACKWARD -> "B" + c.layer();
                case LOSS -> "Loss";
                default -> "Update";
            };
            Label chip = new Label(text);
            chip.getStyleClass().addAll("phase-chip", "phase-" + c.kind().name().toLowerCase());
            chipLabels.add(chip);
        }
        chips.getChildren().setAll(chipLabels);
    }

    /**
     * @param rows the batch's row indices, from 0
     * @return e.g. "row 50" or "10 rows: 74, 70, 78, 19, 1, …" (numbered from 1; the count
     *         first, so that a label cut short keeps it)
     */
    static String rows(int[] rows) {
        if (rows.length == 1) {
            return "row " + (rows[0] + 1);
        }
        StringBuilder b = new StringBuilder().append(rows.length).append(" rows: ");
        int shown = Math.min(rows.length, 5);
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : ", ").append(rows[i] + 1);
        }
        if (rows.length > shown) {
            b.append(", …");
        }
        return b.toString();
    }
}
