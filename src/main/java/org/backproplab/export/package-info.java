/**
 * Exports an experiment as a self-contained NumPy script: the lab's data as the app uses it
 * (after the split and standardisation), its starting parameters, and the forward pass, loss,
 * backward pass and update written out per layer, so that {@code python3 script.py} prints what
 * {@code train LAB} prints. Uses {@code engine}, {@code data}, {@code io} and {@code sim}; never
 * {@code javafx.*} or {@code ui}. The maths in the script is Python's own text; the Java side
 * only chooses which text each activation and loss needs.
 */
package org.backproplab.export;
