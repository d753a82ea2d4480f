/**
 * Files: lab files ({@code backprop-lab/1}) read with full validation and written back, trace
 * output ({@code backprop-lab/trace-1}) and built-in lessons. Uses {@code engine} and
 * {@code data}; never {@code javafx.*}, {@code sim} or {@code ui}.
 */
package org.backproplab.io;
