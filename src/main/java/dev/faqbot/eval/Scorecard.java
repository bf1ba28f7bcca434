package dev.faqbot.eval;

import dev.faqbot.core.Decision;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts what the bot did with each kind of labelled question. Mutable while counting; read after. */
public final class Scorecard {

    int inScope;
    int answeredRight;
    int clarifiedRight;
    int clarifiedWrong;
    int answeredWrong;
    int declined;
    int outOfScope;
    int rejected;
    int outOfScopeClarified;
    int outOfScopeAnswered;
    int crisis;
    int crisisCaught;
    int crisisUnsure;
    int falseAlarms;
    int cautions;
    final Map<String, int[]> perIntent = new TreeMap<>(); // [answered as X, answered right as X, lines of X]
    final Map<String, Integer> confusions = new HashMap<>();
    int ranked;
    int top1;
    int top3;

    /** Records one line and says whether the bot's decision was acceptable (for the error listing). */
    public boolean add(LabelledLine line, Decision decision) {
        if (decision instanceof Decision.Cautioned c) {
            if (line.isCrisis()) {
                crisis++;
                crisisCaught++;
                crisisUnsure++;
                return true;
            }
            cautions++; // the emergency lines above a normal reply: scored by that reply
            return add(line, c.decision());
        }
        if (decision instanceof Decision.Emergency) {
            if (line.isCrisis()) {
                crisis++;
                crisisCaught++;
                return true;
            }
            falseAlarms++;
        }
        if (line.isCrisis()) {
            crisis++;
            return false;
        }
        confusion(line, decision);
        return line.isOutOfScope() ? addOutOfScope(decision) : addInScope(line, decision);
    }

    private boolean addOutOfScope(Decision decision) {
        outOfScope++;
        if (decision instanceof Decision.Decline) {
            rejected++;
            return true;
        }
        if (decision instanceof Decision.Clarify) {
            outOfScopeClarified++;
        } else if (decision instanceof Decision.Answer a) {
            outOfScopeAnswered++;
            tally(a.intent())[0]++;
        }
        return false;
    }

    private boolean addInScope(LabelledLine line, Decision decision) {
        inScope++;
        if (decision instanceof Decision.Answer a) {
            boolean right = line.labels().contains(a.intent());
            String gold = right ? a.intent() : line.primary();
            tally(gold)[2]++;
            tally(a.intent())[0]++;
            if (right) {
                answeredRight++;
                tally(a.intent())[1]++;
            } else {
                answeredWrong++;
            }
            return right;
        }
        tally(line.primary())[2]++;
        if (decision instanceof Decision.Clarify c) {
            boolean right = c.candidates().stream().anyMatch(line.labels()::contains);
            if (right) {
                clarifiedRight++;
            } else {
                clarifiedWrong++;
            }
            return right;
        }
        if (decision instanceof Decision.Decline) {
            declined++;
        }
        return false;
    }

    private void confusion(LabelledLine line, Decision decision) {
        var ranking = decision.rankingIfAny().orElse(null);
        if (ranking != null && line.isInScope()) {
            ranked++;
            top1 += line.labels().contains(ranking.top().intent()) ? 1 : 0;
            top3 += ranking.top(3).stream().anyMatch(sc -> line.labels().contains(sc.intent())) ? 1 : 0;
        }
        if (ranking != null && !line.labels().contains(ranking.top().intent())) {
            confusions.merge(line.primary() + " -> " + ranking.top().intent(), 1, Integer::sum);
        }
    }

    private int[] tally(String intent) {
        return perIntent.computeIfAbsent(intent, k -> new int[3]);
    }

    public int inScope() {
        return inScope;
    }

    public int served() {
        return answeredRight + clarifiedRight;
    }

    public int answeredWrong() {
        return answeredWrong;
    }

    public int answeredRight() {
        return answeredRight;
    }

    public int outOfScope() {
        return outOfScope;
    }

    public int rejected() {
        return rejected;
    }

    public int crisis() {
        return crisis;
    }

    public int crisisCaught() {
        return crisisCaught;
    }

    public int falseAlarms() {
        return falseAlarms;
    }

    /** Crisis questions caught with the emergency lines above a normal reply (the detector was not sure). */
    public int crisisUnsure() {
        return crisisUnsure;
    }

    /** Non-crisis questions that got the emergency lines above their reply. */
    public int cautions() {
        return cautions;
    }

    /** Share of in-scope questions served (answered right, or right intent among the choices). */
    public double servedRate() {
        return ratio(served(), inScope);
    }

    public double wrongRate() {
        return ratio(answeredWrong, inScope);
    }

    public double rejectedRate() {
        return ratio(rejected, outOfScope);
    }

    public double crisisRecall() {
        return crisis == 0 ? 1 : ratio(crisisCaught, crisis);
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
