package dev.faqbot.safety;

/**
 * The emergency detector's settings. Defaults and the measurements behind them: {@code reference.yml}.
 *
 * @param enabled whether the detector runs beside the patterns (it needs sentence vectors)
 * @param sure    crisis probability from which the emergency reply is sent alone
 * @param unsure  crisis probability from which the emergency lines go above the normal reply
 * @param vectorWeight how much the sentence vector weighs against the words in the detector's model
 * @param l2Cost  L2 regularisation of the detector's model
 */
public record DetectorSettings(boolean enabled, double sure, double unsure, double vectorWeight, double l2Cost) {

    public static final DetectorSettings DEFAULTS = new DetectorSettings(true, 0.5, 0.2, 1.0, 0.03);

    public DetectorSettings {
        if (!(unsure > 0 && unsure <= sure && sure <= 1)) {
            throw new IllegalArgumentException("need 0 < unsure (" + unsure + ") <= sure (" + sure + ") <= 1");
        }
        if (!(vectorWeight > 0 && vectorWeight <= 100)) {
            throw new IllegalArgumentException("vector weight must be above 0 and at most 100: " + vectorWeight);
        }
        if (!(l2Cost >= 0 && l2Cost <= 100)) {
            throw new IllegalArgumentException("l2 cost must be from 0 to 100: " + l2Cost);
        }
    }
}
