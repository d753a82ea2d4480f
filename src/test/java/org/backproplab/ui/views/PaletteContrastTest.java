package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * Every colour the views draw text in reads on every theme's backgrounds: a WCAG 2.1 contrast
 * ratio of at least 4.5:1 (level AA for normal text), computed here from the WCAG formula.
 */
class PaletteContrastTest {
    private static final double AA = 4.5;

    /** WCAG relative luminance of an sRGB colour (its opacity ignored). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio (L_lighter + 0.05) / (L_darker + 0.05). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A translucent colour painted over an opaque one. */
    static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(a * top.getRed() + (1 - a) * below.getRed(), a * top.getGreen() + (1 - a) * below.getGreen(),
                a * top.getBlue() + (1 - a) * below.getBlue());
    }

    @Test
    void contrastFormulaMatchesWcagExamples() {
        // black on white is 21:1, white on white 1:1, and #767676 on white the well-known 4.54:1
        assertEquals(21.0, contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, contrast(Color.WHITE, Color.WHITE), 1e-9);
        assertEquals(4.54, contrast(Color.web("#767676"), Color.WHITE), 0.005);
    }

    @Test
    void everyTextColourReadsOnEveryBackgroundOfEveryTheme() {
        List<String> failures = new ArrayList<>();
        for (Palette p : Palette.ALL) {
            // numbers stand on the view, on a label's background over the active-layer band, and
            // (node values) inside the node
            List<Color> grounds = List.of(p.background(), over(p.labelBackground(), p.activeLayer()),
                    over(p.labelBackground(), p.background()));
            for (Color text : p.textColors()) {
                for (Color ground : grounds) {
                    double ratio = contrast(text, ground);
                    if (ratio < AA) {
                        failures.add(p.name() + ": " + text + " on " + ground + " = " + ratio);
                    }
                }
            }
            for (Color inside : List.of(p.nodeFill(), p.pendingFill())) {
                double ratio = contrast(p.valueText(), inside);
                if (ratio < AA) {
                    failures.add(p.name() + ": node value on " + inside + " = " + ratio);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theLectureColoursStayRedOrangeAndPurpleInEveryTheme() {
        for (Palette p : Palette.ALL) {
            double red = p.nodeGradient().getHue();
            double orange = p.outputEdgeGradient().getHue();
            double purple = p.hiddenEdgeGradient().getHue();
            assertTrue(red < 10 || red > 345, p.name() + " red hue " + red);
            assertTrue(orange > 15 && orange < 40, p.name() + " orange hue " + orange);
            assertTrue(purple > 265 && purple < 300, p.name() + " purple hue " + purple);
        }
    }

    @Test
    void theDarkThemeHasADarkBackgroundAndTheOthersALightOne() {
        assertTrue(luminance(Palette.DARK.background()) < 0.05);
        assertTrue(Palette.DARK.dark());
        assertTrue(luminance(Palette.LIGHT.background()) > 0.9);
        assertTrue(luminance(Palette.HIGH_CONTRAST.background()) > 0.9);
        // the projector's theme is at least as strong as the light one for the main text
        assertTrue(contrast(Palette.HIGH_CONTRAST.valueText(), Palette.HIGH_CONTRAST.background())
                >= contrast(Palette.LIGHT.valueText(), Palette.LIGHT.background()));
    }
}
