package eus.berrigune.shared.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * An sRGB colour given as {@code #rrggbb}, with the WCAG 2.1 contrast ratio between two colours. Used to check the
 * health system's configured brand colours before any page shows them: text in those colours (links, buttons) and
 * white text on them must keep the 4.5:1 of WCAG 1.4.3 (AA).
 */
public record Colour(int red, int green, int blue) {

    /** The smallest contrast ratio WCAG 2.1 AA allows for normal-size text (success criterion 1.4.3). */
    public static final double AA_TEXT_CONTRAST = 4.5;

    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("a colour channel is 0–255");
        }
    }

    /** The colour written as {@code #rrggbb} (either case); empty for anything else, so CSS cannot be injected. */
    public static Optional<Colour> parse(String hex) {
        if (hex == null || !hex.strip().matches("#[0-9a-fA-F]{6}")) {
            return Optional.empty();
        }
        int rgb = Integer.parseInt(hex.strip().substring(1), 16);
        return Optional.of(new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    /** {@code #rrggbb}, lower case. */
    public String css() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** Relative luminance as WCAG 2.1 defines it (0 for black, 1 for white). */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** The WCAG contrast ratio with another colour, from 1 (the same) to 21 (black and white). */
    public double contrastWith(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
