@NullMarked
package nl.supplementguidelines.regimen;

import org.jspecify.annotations.NullMarked;
