/**
 * File ▸ Import CSV…: a dialog that previews a CSV file's first rows and lets the teacher choose
 * the feature columns, the target column, the class subset of a text target, standardisation and
 * the test split. {@link org.backproplab.ui.importcsv.CsvImport} turns the choice into a lab
 * (without JavaFX) and checks it by loading the data; problems show inside the dialog, and the
 * current run is replaced only when the user confirms.
 */
package org.backproplab.ui.importcsv;
