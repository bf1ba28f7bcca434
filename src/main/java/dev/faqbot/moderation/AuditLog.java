package dev.faqbot.moderation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every reload in the log: who triggered it, the old and new knowledge-base versions and what changed; and
 * every answer withdrawn for review.
 * It logs to {@code faqbot.audit}, which logback.xml keeps at INFO whatever the root level, so the trail is
 * there even when the rest of the log is quiet.
 */
public final class AuditLog implements ReloadListener, ReviewListener {

    static final String LOGGER = "faqbot.audit";

    private final Logger log;

    public AuditLog() {
        this(LoggerFactory.getLogger(LOGGER));
    }

    AuditLog(Logger log) {
        this.log = log;
    }

    @Override
    public void reloaded(ReloadResult result) {
        if (result instanceof ReloadResult.Loaded loaded) {
            log.info("reload by {}: {} -> {}; {}", loaded.trigger(), loaded.oldVersion(), loaded.newVersion(),
                    loaded.changes().summary());
        } else if (result instanceof ReloadResult.Refused refused) {
            log.warn("reload by {} refused, still serving {}: {}", refused.trigger(), refused.servingVersion(),
                    String.join(" | ", refused.errors().stream().map(Object::toString).toList()));
        } else if (result instanceof ReloadResult.Failed failed) {
            log.error("reload by {} failed while {}, still serving {}: {}", failed.trigger(), failed.step(),
                    failed.servingVersion(), failed.cause());
        } else {
            log.info("reload by {}: unchanged ({})", result.trigger(), ((ReloadResult.Unchanged) result).version());
        }
    }

    @Override
    public void withdrawn(Withdrawals withdrawals) {
        log.warn("answers withdrawn for review: {}", String.join(" | ", withdrawals.lines()));
    }
}
