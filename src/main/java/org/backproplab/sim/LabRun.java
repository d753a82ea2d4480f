package org.backproplab.sim;

import org.backproplab.data.DataLoader;
import org.backproplab.data.DataSplit;
import org.backproplab.io.LabFile;
import org.backproplab.io.TrainingSettings;

/**
 * A lab file made ready to train: its data loaded and a {@link TrainingSession} built from its
 * starting parameters and settings.
 *
 * @param lab     the lab file
 * @param data    its training and test sets
 * @param session a fresh session at iteration 0
 */
public record LabRun(LabFile lab, DataSplit data, TrainingSession session) {

    /**
     * @param lab a parsed lab file
     * @return the lab with data loaded and a session at its start
     * @throws org.backproplab.data.DataException when the data cannot be loaded
     */
    public static LabRun start(LabFile lab) {
        DataSplit data = DataLoader.load(lab.data(), lab.architecture(), lab.folder());
        return new LabRun(lab, data, newSession(lab, data));
    }

    /**
     * @param lab  the lab file
     * @param data its loaded data
     * @return a session at iteration 0 with the lab's starting parameters
     */
    public static TrainingSession newSession(LabFile lab, DataSplit data) {
        TrainingSettings t = lab.training();
        return new TrainingSession(lab.initialParameters(), t.newOptimizer(), data.train(), t.batchSize(), t.l2(),
                t.shuffle(), t.seed());
    }
}
