/**
 * The File menu's exports: the experiment as a NumPy script (from its starting or its current
 * weights), the loss and accuracy curves as CSV, and the current iteration as trace JSON. The text
 * is made and the file written off the FX thread, from the immutable snapshot and lab.
 */
package org.backproplab.ui.exportmenu;
