@NullMarked
package nl.supplementguidelines.dose;

import org.jspecify.annotations.NullMarked;
