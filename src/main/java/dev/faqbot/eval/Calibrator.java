package dev.faqbot.eval;

import dev.faqbot.classify.Ranking;
import dev.faqbot.core.Decider;
import dev.faqbot.core.Decision;
import dev.faqbot.core.Thresholds;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the thresholds from labelled results: the most in-scope questions answered right, while wrong answers
 * stay within {@code maxWrong} of in-scope questions and out-of-scope questions are rejected at least
 * {@code minRejected} of the time. Ties go to more questions served, then to stricter values.
 */
public final class Calibrator {

    private static final double STEP = 0.05;
    private static final double[] OUT_OF_SCOPE = {0.2, 0.3, 0.4, 0.5, 1.0};

    private final double maxWrong;
    private final double minRejected;

    public Calibrator(double maxWrong, double minRejected) {
        this.maxWrong = maxWrong;
        this.minRejected = minRejected;
    }

    /** The chosen thresholds and the score they give. */
    public record Choice(Thresholds thresholds, Scorecard score) {
    }

    /** @param decisions one decision per line, as made with any thresholds (only their rankings are used) */
    public Optional<Choice> choose(List<LabelledLine> lines, List<Decision> decisions) {
        Choice best = null;
        for (double answer = 0.20; answer <= 0.951; answer += STEP) {
            for (double margin = 0.0; margin <= 0.601; margin += STEP) {
                for (double clarify = 0.05; clarify <= answer + 1e-9; clarify += STEP) {
                    for (double choice = 0.05; choice <= clarify + 1e-9; choice += STEP) {
                        for (double outOfScope : OUT_OF_SCOPE) {
                            Thresholds t = new Thresholds(round(answer), round(margin), round(clarify), round(choice),
                                    outOfScope);
                            Scorecard score = score(lines, decisions, new Decider(t));
                            if (score.wrongRate() <= maxWrong
                                    && (score.outOfScope() == 0 || score.rejectedRate() >= minRejected)
                                    && better(score, t, best)) {
                                best = new Choice(t, score);
                            }
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(Scorecard score, Thresholds t, Choice best) {
        if (best == null) {
            return true;
        }
        Scorecard b = best.score();
        if (score.answeredRight() != b.answeredRight()) {
            return score.answeredRight() > b.answeredRight();
        }
        if (score.served() != b.served()) {
            return score.served() > b.served();
        }
        if (score.answeredWrong() != b.answeredWrong()) {
            return score.answeredWrong() < b.answeredWrong();
        }
        Thresholds bt = best.thresholds();
        return t.answer() + t.margin() + t.clarify() + t.choice() - t.outOfScope()
                > bt.answer() + bt.margin() + bt.clarify() + bt.choice() - bt.outOfScope();
    }

    static Scorecard score(List<LabelledLine> lines, List<Decision> decisions, Decider decider) {
        Scorecard score = new Scorecard();
        for (int i = 0; i < lines.size(); i++) {
            Ranking ranking = decisions.get(i).rankingIfAny().orElse(null);
            score.add(lines.get(i), ranking == null ? decisions.get(i) : decider.decide(ranking));
        }
        return score;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
