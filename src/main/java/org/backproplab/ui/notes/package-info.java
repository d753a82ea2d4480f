/** The lesson's notes: the lab file's plain-text commentary in a collapsible panel. */
package org.backproplab.ui.notes;
