/**
 * Demo mode: the demo data set (a Basque public health system, twelve local companies, their products and the demo
 * users listed in README.md), loaded once into an empty database when {@code BERRIGUNE_DEMO=true}. Never loaded
 * otherwise.
 */
package eus.berrigune.demo;
