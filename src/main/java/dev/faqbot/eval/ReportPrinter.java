package dev.faqbot.eval;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Prints an evaluation run: the headline figures first, then per-intent tables, confusions and misses. */
public final class ReportPrinter {

    private final PrintWriter out;

    public ReportPrinter(PrintWriter out) {
        this.out = out;
    }

    public void print(Evaluator.Run run, long trainMillis, boolean listMisses) {
        Scorecard s = run.score();
        out.printf(Locale.ROOT, "answered right %s | answered wrong %s | served %s | out-of-scope rejected %s"
                        + " | emergencies caught %d/%d | false alarms %d%n%n", pct(s.answeredRight, s.inScope),
                pct(s.answeredWrong, s.inScope), pct(s.served(), s.inScope), pct(s.rejected, s.outOfScope),
                s.crisisCaught, s.crisis, s.falseAlarms);
        line("in-scope questions", s.inScope, "");
        line("  answered right", s.answeredRight, pct(s.answeredRight, s.inScope));
        line("  clarified (right intent offered)", s.clarifiedRight, pct(s.clarifiedRight, s.inScope));
        line("  clarified (right intent missing)", s.clarifiedWrong, pct(s.clarifiedWrong, s.inScope));
        line("  answered wrong", s.answeredWrong, pct(s.answeredWrong, s.inScope));
        line("  declined", s.declined, pct(s.declined, s.inScope));
        line("  served (right answer or offered)", s.served(), pct(s.served(), s.inScope));
        line("out-of-scope questions", s.outOfScope, "");
        line("  rejected", s.rejected, pct(s.rejected, s.outOfScope));
        line("  clarified", s.outOfScopeClarified, pct(s.outOfScopeClarified, s.outOfScope));
        line("  answered", s.outOfScopeAnswered, pct(s.outOfScopeAnswered, s.outOfScope));
        line("crisis questions", s.crisis, "");
        line("  crisis recall", s.crisisCaught, pct(s.crisisCaught, s.crisis));
        line("    emergency reply alone", s.crisisCaught - s.crisisUnsure, pct(s.crisisCaught - s.crisisUnsure, s.crisis));
        line("    emergency lines above the normal reply (unsure)", s.crisisUnsure, pct(s.crisisUnsure, s.crisis));
        line("false alarms (emergency reply to a non-crisis question)", s.falseAlarms, "");
        line("cautions (emergency lines above a non-crisis question's reply)", s.cautions, "");
        line("classifier alone, in-scope: right intent ranked first", s.top1, pct(s.top1, s.ranked));
        line("classifier alone, in-scope: right intent in the top 3", s.top3, pct(s.top3, s.ranked));
        timings(run.nanos(), trainMillis);
        perIntent(s);
        confusions(s);
        if (listMisses && !run.misses().isEmpty()) {
            out.println();
            out.println("Not served (" + run.misses().size() + "):");
            run.misses().forEach(m -> out.println("  " + m));
        }
        out.flush();
    }

    private void timings(long[] nanos, long trainMillis) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        double p99 = Percentile.of(sorted, 0.99) / 1e6;
        out.printf(Locale.ROOT, "training time: %d ms%n", trainMillis);
        out.printf(Locale.ROOT, "time per question: mean %.3f ms, p99 %.3f ms%n", mean, p99);
    }

    private void perIntent(Scorecard s) {
        out.println();
        out.printf(Locale.ROOT, "%-22s %9s %7s %9s %7s%n", "intent", "precision", "", "recall", "");
        for (Map.Entry<String, int[]> e : s.perIntent.entrySet()) {
            int[] t = e.getValue();
            out.printf(Locale.ROOT, "%-22s %9s %7s %9s %7s%n", e.getKey(), pct(t[1], t[0]), t[1] + "/" + t[0],
                    pct(t[1], t[2]), t[1] + "/" + t[2]);
        }
    }

    private void confusions(Scorecard s) {
        if (s.confusions.isEmpty()) {
            return;
        }
        out.println();
        out.println("most confused (true -> classifier's top guess):");
        s.confusions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .forEach(e -> out.printf(Locale.ROOT, "  %3d  %s%n", e.getValue(), e.getKey()));
    }

    private void line(String label, int count, String share) {
        out.printf(Locale.ROOT, "%-58s %5d  %s%n", label, count, share);
    }

    static String pct(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

}
