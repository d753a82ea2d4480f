/**
 * Clicking a data set into the window: adding and removing points on the decision-region plane
 * and on the function-fit plot, the class picker and "Clear points"; the points become the lab's
 * inline data and the run restarts on them through the view-model. Depends on the view-model
 * and the views it hooks into; nothing in engine/, sim/ or data/ depends on it.
 */
package org.backproplab.ui.pointedit;
