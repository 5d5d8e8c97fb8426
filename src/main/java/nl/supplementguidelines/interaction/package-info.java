@NullMarked
package nl.supplementguidelines.interaction;

import org.jspecify.annotations.NullMarked;
