package nl.supplementguidelines.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a query's result and the size of the whole result.
 *
 * @param number        zero-based page number
 * @param size          the requested page size (at least 1)
 * @param content       the page's items, at most {@code size}
 * @param totalElements how many items all pages hold
 */
public record ResultPage<T>(int number, int size, List<T> content, long totalElements) {

    public ResultPage {
        content = List.copyOf(content);
    }

    /**
     * The page, counting the whole result only when the page cannot tell it: a page that is not full, and not empty,
     * is the last one, so the total is its offset plus its items (a statement saved on most lists). A count it does
     * take runs after the page's statement and may lag it, so it is corrected as {@link #counted} does.
     */
    public static <T> ResultPage<T> of(int number, int size, List<T> content, LongSupplier count) {
        long offset = (long) number * size;
        boolean tellsTotal = content.size() < size && (number == 0 || !content.isEmpty());
        return tellsTotal ? new ResultPage<>(number, size, content, offset + content.size())
                : counted(number, size, content, count.getAsLong());
    }

    /**
     * The page of a result counted apart. A count taken apart from the page may lag it (an item gone between the two, or
     * left out after): a page that is not empty and reaches past the count ends the result, so the total is its end.
     */
    public static <T> ResultPage<T> counted(int number, int size, List<T> content, long total) {
        long offset = (long) number * size;
        return new ResultPage<>(number, size, content, !content.isEmpty() && offset + size > total ? offset + content.size() : total);
    }

    public int totalPages() {
        return (int) Math.ceil((double) totalElements / size);
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(number, size, content.stream().<R>map(mapper).toList(), totalElements);
    }
}
