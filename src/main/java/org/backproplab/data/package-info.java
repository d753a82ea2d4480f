/**
 * Datasets: CSV reading, built-in sets, 2-D generators, standardisation and train/test
 * splits, producing immutable {@link org.backproplab.data.Dataset}s. May use {@code engine}
 * (for its seeded generator); never {@code javafx.*}, {@code sim}, {@code io} or {@code ui}.
 */
package org.backproplab.data;
