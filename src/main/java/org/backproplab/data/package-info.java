/**
 * Datasets for the network: CSV reading with Apache Commons CSV, record by record
 * ({@link org.backproplab.data.CsvRecords}, {@link org.backproplab.data.CsvTable},
 * {@link org.backproplab.data.CsvSource}; files decoded and size-checked by {@code input}), the built-in datasets, TensorFlow-Playground 2-D
 * generators, seeded train/test splits, standardisation and class-target encoding, all behind
 * {@link org.backproplab.data.DataLoader}. Depends on {@code engine} (architecture,
 * SplitMix64) and {@code input} (limits, decoding); never on {@code sim}, {@code io}, {@code ui} or {@code javafx.*}.
 */
package org.backproplab.data;
