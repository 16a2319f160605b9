package eus.berrigune.catalog.application;

import java.math.BigDecimal;

/**
 * Carbon footprints of the published products declared for one unit.
 *
 * @param declaredUnit the declared unit
 * @param count number of products
 * @param min lowest footprint
 * @param median median footprint
 * @param max highest footprint
 */
public record FootprintBenchmark(String declaredUnit, int count, BigDecimal min, BigDecimal median, BigDecimal max) {}
