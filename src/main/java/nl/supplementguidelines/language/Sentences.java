package nl.supplementguidelines.language;

import org.jspecify.annotations.Nullable;
import org.springframework.context.NoSuchMessageException;

import java.text.FieldPosition;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every sentence of the message bundles, parsed once at start-up, formatted without a lock. A {@link MessageFormat} is
 * not thread-safe, and Spring's {@code MessageSource} shares one per sentence under its monitor: a dose check formats
 * about twenty sentences, so at 32 concurrent checks that monitor was the most contended lock of the process. Here each
 * sentence keeps a few idle copies of its parsed format; a caller takes one, or clones the parsed original, and returns
 * it. A sentence whose placeholders are text, whole numbers or plurals, given text and integers, is joined without a
 * format at all ({@link PlainSentence}). The bundles are read as Spring's {@code ResourceBundleMessageSource} reads them
 * (UTF-8, no fallback to the machine's locale), and {@code WordingTest} checks that both write every sentence alike.
 */
final class Sentences {

    /** Idle copies kept per sentence: about the number of requests formatting one sentence at the same moment. */
    private static final int IDLE_COPIES = 8;
    /** The largest buffer a formatted sentence starts with, whatever the longest text it once wrote. */
    private static final int MAX_CAPACITY = 2048;

    private final Map<Language, Map<String, Sentence>> sentences = new EnumMap<>(Language.class);

    Sentences(String basename) {
        for (Language language : Language.values()) {
            Locale locale = Locale.forLanguageTag(language.tag());
            ResourceBundle bundle = ResourceBundle.getBundle(basename, locale, Sentences.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, Sentence> byKey = new HashMap<>();
            for (String key : bundle.keySet()) {
                byKey.put(key, new Sentence(new MessageFormat(bundle.getString(key), locale)));
            }
            sentences.put(language, Map.copyOf(byKey));
        }
    }

    String format(Language language, String key, Object[] arguments) {
        Sentence sentence = sentences.get(language).get(key);
        if (sentence == null) {
            throw new NoSuchMessageException(key, Locale.forLanguageTag(language.tag()));
        }
        return sentence.format(arguments);
    }

    private static final class Sentence {

        private final MessageFormat original;
        private final @Nullable PlainSentence plain;
        private final Queue<MessageFormat> idle = new ConcurrentLinkedQueue<>();
        private final AtomicInteger idleCount = new AtomicInteger();
        // Read and written without a lock: a stale value only costs a copy of the buffer.
        private int capacity;

        Sentence(MessageFormat original) {
            this.original = original;
            this.plain = PlainSentence.of(original);
            this.capacity = original.toPattern().length() + 64;
        }

        String format(Object[] arguments) {
            String joined = plain == null ? null : plain.write(arguments);
            if (joined != null) {
                return joined;
            }
            MessageFormat format = idle.poll();
            if (format == null) {
                // The original is never formatted itself, so reading it to clone it needs no lock.
                format = (MessageFormat) original.clone();
            } else {
                idleCount.decrementAndGet();
            }
            // Sized for the longest text this sentence has written, so that it is not copied as it grows.
            StringBuffer text = format.format(arguments, new StringBuffer(capacity), new FieldPosition(0));
            if (text.length() > capacity) {
                capacity = Math.min(text.length(), MAX_CAPACITY);
            }
            if (idleCount.incrementAndGet() <= IDLE_COPIES) {
                idle.offer(format);
            } else {
                idleCount.decrementAndGet();
            }
            return text.toString();
        }
    }
}
