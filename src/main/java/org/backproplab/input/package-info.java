/**
 * Defences for untrusted input, shared by the lab reader, the CSV reader, the engine and the
 * command line: the size {@link org.backproplab.input.Limits} checked before anything is
 * allocated, UTF-8 decoding that names the line and column of a bad byte
 * ({@link org.backproplab.input.Utf8Reader}, {@link org.backproplab.input.TextFiles}), and
 * {@link org.backproplab.input.OneLine}, which keeps every message on one line. Depends on
 * nothing but the JDK.
 */
package org.backproplab.input;
