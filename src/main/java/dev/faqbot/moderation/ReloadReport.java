package dev.faqbot.moderation;

import dev.faqbot.kb.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reload result as plain lines for people: the console, the audit log, the moderator log channel. The first
 * line says what happened; for a refusal every error follows as {@code file:line: field: message}.
 */
public final class ReloadReport {

    private ReloadReport() {
    }

    public static List<String> lines(ReloadResult result) {
        List<String> lines = new ArrayList<>();
        if (result instanceof ReloadResult.Loaded loaded) {
            long warnings = loaded.warnings().size();
            lines.add(String.format(Locale.ROOT, "Knowledge base reloaded (%s): %s -> %s in %.1f s%s; %s%s",
                    result.trigger(), loaded.oldVersion(), loaded.newVersion(), loaded.took().toMillis() / 1000.0,
                    loaded.retrained() ? "" : " (model kept: no intent changed)", loaded.changes().summary(),
                    warnings == 0 ? "" : "; " + warnings + " warning(s), run validate to see them"));
        } else if (result instanceof ReloadResult.Refused refused) {
            List<Problem> errors = refused.errors();
            lines.add("Knowledge base NOT reloaded (" + result.trigger() + "): " + errors.size()
                    + " error(s); still serving " + refused.servingVersion() + ".");
            errors.forEach(e -> lines.add(e.toString()));
        } else if (result instanceof ReloadResult.Failed failed) {
            lines.add("Knowledge base NOT reloaded (" + result.trigger() + "): " + failed.step() + " failed ("
                    + failed.cause() + "); still serving " + failed.servingVersion() + ". This is the bot's own"
                    + " failure, not a problem in the files: see the log, and reload again.");
        } else {
            lines.add("Knowledge base unchanged (" + result.trigger() + "): still "
                    + ((ReloadResult.Unchanged) result).version() + ".");
        }
        return lines;
    }

    public static String text(ReloadResult result) {
        return String.join("\n", lines(result));
    }
}
