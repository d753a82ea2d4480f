/**
 * Datasets for the network: CSV reading ({@link org.backproplab.data.CsvTable},
 * {@link org.backproplab.data.CsvSource}), the built-in datasets, TensorFlow-Playground 2-D
 * generators, seeded train/test splits, standardisation and class-target encoding, all behind
 * {@link org.backproplab.data.DataLoader}. Depends on {@code engine} only (architecture,
 * SplitMix64); never on {@code sim}, {@code io}, {@code ui} or {@code javafx.*}.
 */
package org.backproplab.data;
