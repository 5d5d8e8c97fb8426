package nl.supplementguidelines.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/** One page of a collection, with its position in the whole and links to the neighbouring pages. */
public record PageResponse<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Where this page lies in the whole result") PageMetadata page,
        @Schema(description = "Links to this, the first, previous, next and last page; previous and next are absent at the ends") PageLinks links) {

    @Schema(name = "PageMetadata")
    public record PageMetadata(
            @Schema(description = "Zero-based page number", example = "0") int number,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Number of items across all pages", example = "1") long totalElements,
            @Schema(description = "Number of pages", example = "1") int totalPages) {
    }

    @Schema(name = "PageLinks")
    public record PageLinks(
            @Schema(example = "/api/v1/guidelines?page=0&size=20") String self,
            @Schema(example = "/api/v1/guidelines?page=0&size=20") String first,
            @Schema(nullable = true) String prev,
            @Schema(nullable = true) String next,
            @Schema(example = "/api/v1/guidelines?page=0&size=20") String last) {
    }

    /** Builds the page with links that repeat the request's own query (filters included), changing only the page. */
    public static <T> PageResponse<T> of(ResultPage<T> page, HttpServletRequest request) {
        int number = page.number();
        int size = page.size();
        int lastPage = Math.max(page.totalPages() - 1, 0);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page")
                .replaceQueryParam("size");
        PageLinks links = new PageLinks(
                link(base, number, size),
                link(base, 0, size),
                number > 0 ? link(base, Math.min(number - 1, lastPage), size) : null,
                number < lastPage ? link(base, number + 1, size) : null,
                link(base, lastPage, size));
        return new PageResponse<>(page.content(), new PageMetadata(number, size, page.totalElements(), page.totalPages()), links);
    }

    private static String link(UriComponentsBuilder base, int page, int size) {
        return base.cloneBuilder().queryParam("page", page).queryParam("size", size).build().toUriString();
    }
}
