/**
 * The window's themes: AtlantaFX's light and dark user-agent stylesheets, a high-contrast
 * variant for a projector (AtlantaFX's light theme with a project stylesheet of larger type and
 * stronger contrast), and the matching {@link org.backproplab.ui.views.Palette} of the canvas and
 * chart views. Presenter mode takes the high-contrast theme unless a theme was chosen.
 */
package org.backproplab.ui.theme;
