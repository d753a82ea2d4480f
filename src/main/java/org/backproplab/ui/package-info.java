/**
 * The desktop application: the JavaFX {@code Application}, the main window and its toolbar,
 * phase indicator, settings panel, menus and shortcuts, and the {@link MainViewModel} they bind
 * to. The window pulls the newest {@link org.backproplab.sim.Snapshot} from the
 * {@link org.backproplab.sim.TrainingRun} once per frame and hands it to the views; it never
 * blocks on training.
 *
 * <p>Depends on {@code sim}, {@code io}, {@code engine}, {@code data}, the views in
 * {@code org.backproplab.ui.views} and JavaFX. Must not depend on {@code cli}; nothing outside
 * {@code cli} depends on it.
 */
package org.backproplab.ui;
