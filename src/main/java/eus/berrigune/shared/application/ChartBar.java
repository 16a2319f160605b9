package eus.berrigune.shared.application;

import java.util.List;
import java.util.Locale;

/**
 * One bar of a dashboard chart; pages draw it as SVG and show the same figure in a table.
 *
 * @param key what it counts (a code)
 * @param label in the reader's language
 * @param value the figure (a count, days, a share)
 * @param percentOfMax its length relative to the longest bar of its chart, 0–100
 */
public record ChartBar(String key, String label, double value, int percentOfMax) {

    /** The value as it is shown: a whole number, or one decimal. */
    public String shown() {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A bar not yet scaled. */
    public static ChartBar of(String key, String label, double value) {
        return new ChartBar(key, label, value, 0);
    }

    /** The bars with their lengths relative to the longest one. */
    public static List<ChartBar> scaled(List<ChartBar> bars) {
        double max = bars.stream().mapToDouble(ChartBar::value).max().orElse(0);
        return bars.stream()
                .map(b -> new ChartBar(b.key(), b.label(), b.value(),
                        max <= 0 ? 0 : (int) Math.round(100 * b.value() / max)))
                .toList();
    }
}
