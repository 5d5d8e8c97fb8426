package nl.supplementguidelines.audit;

import jakarta.servlet.http.HttpServletRequest;
import nl.supplementguidelines.web.requestid.RequestIds;
import nl.supplementguidelines.web.security.Editor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The face writers use: one row per write, in the writing transaction, so a write and its record commit or roll back
 * together. Who: the editor's JWT subject and client; the request id comes from the request being handled
 * ({@link RequestIds}), so callers need not pass it. The summaries are the operation's before and after in a few
 * words (a draft revision, a version and its change note), not whole documents: the documents themselves are kept
 * (versions are immutable), the audit says who did what to them.
 */
@Service
public class AuditTrail {

    /** The column size of the summaries (V11); longer ones are cut and end in {@link #CUT}. */
    static final int MAX_SUMMARY = 4000;
    static final String CUT = " [cut]";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a write by this editor (see {@link #record(String, String, String, String, Integer, String, String)}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(Editor who, String operation, @Nullable String guidelineSlug, @Nullable Integer version,
                       @Nullable String before, @Nullable String after) {
        return record(who.subject(), who.clientId(), operation, guidelineSlug, version, before, after);
    }

    /**
     * Records a write. {@code operation} is a short stable name (such as {@code draft.create}, {@code guideline.publish});
     * guideline, version and the summaries are null where they do not apply. Returns the record's id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(String subject, @Nullable String clientId, String operation, @Nullable String guidelineSlug,
                       @Nullable Integer version, @Nullable String before, @Nullable String after) {
        if (subject.isBlank() || subject.length() > 200 || operation.isBlank() || operation.length() > 60
                || (clientId != null && clientId.length() > 200) || (guidelineSlug != null && guidelineSlug.length() > 100)) {
            throw new IllegalArgumentException("an audit record needs a subject (up to 200 characters) and an operation (up to 60)");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into audit_event (occurred_at, subject, client_id, operation, guideline_slug, version,
                                                 summary_before, summary_after, request_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(ZoneOffset.UTC), subject, clientId, operation, guidelineSlug, version,
                        cut(before), cut(after), currentRequestId())
                .update(key, "id");
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("the audit record got no id");
        }
        return id.longValue();
    }

    static @Nullable String cut(@Nullable String summary) {
        if (summary == null || summary.length() <= MAX_SUMMARY) {
            return summary;
        }
        return summary.substring(0, MAX_SUMMARY - CUT.length()) + CUT;
    }

    private static @Nullable String currentRequestId() {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        return RequestIds.current(request);
    }
}
