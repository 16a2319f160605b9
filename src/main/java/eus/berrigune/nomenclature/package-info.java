/**
 * Nomenclature: the European Medical Device Nomenclature (EMDN V2), shipped with the application and held in memory.
 *
 * <p>Read-only: lookup by code, path and children in the tree, search by code prefix or words of the English term.
 * EMDN has no Basque or Spanish terms; the interfaces say so.
 */
package eus.berrigune.nomenclature;
