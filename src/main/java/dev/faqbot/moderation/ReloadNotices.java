package dev.faqbot.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * What to tell a moderator who is watching reloads go by: every result that changed something or went wrong, and,
 * once a refused (or failed) reload is followed by one that loads, that the knowledge base is live again. Without
 * that last line, undoing a broken edit looked like nothing happened: the files were back to the live version, so
 * the reload was "unchanged", which is not worth a line on its own.
 */
public final class ReloadNotices {

    /** True after a refused or failed reload, until a reload brings the files back into use. */
    private boolean broken;

    /** The lines to show for {@code result}; none for an unchanged reload after a good one. */
    public synchronized List<String> lines(ReloadResult result) {
        List<String> lines = new ArrayList<>();
        if (result instanceof ReloadResult.Refused || result instanceof ReloadResult.Failed) {
            lines.addAll(ReloadReport.lines(result));
            broken = true;
            return lines;
        }
        if (result instanceof ReloadResult.Loaded loaded) {
            lines.addAll(ReloadReport.lines(result));
            if (broken) {
                lines.add("Fixed: the knowledge base loads again, and version " + loaded.newVersion() + " is live.");
            }
        } else if (broken && result instanceof ReloadResult.Unchanged unchanged) {
            lines.add("Fixed: the knowledge base loads again (" + result.trigger() + "). The files are back to version "
                    + unchanged.version() + ", which stayed live all along.");
        }
        broken = false;
        return lines;
    }
}
