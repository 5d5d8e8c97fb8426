/**
 * Reference levels of safe daily intake: the levels as values ({@link nl.supplementguidelines.referencelevel.Levels}),
 * their verdicts on a dose in numbers, and the words for them ({@link nl.supplementguidelines.referencelevel.LevelWording}).
 */
@NullMarked
package nl.supplementguidelines.referencelevel;

import org.jspecify.annotations.NullMarked;
