@NullMarked
package nl.supplementguidelines.dosecheck;

import org.jspecify.annotations.NullMarked;
