package dev.faqbot.safety;

/**
 * The emergency detector's settings. Defaults and the measurements behind them: {@code reference.yml}.
 *
 * @param enabled whether the detector runs beside the patterns (it needs sentence vectors)
 * @param sure    crisis probability from which the emergency reply is sent alone
 * @param unsure  crisis probability from which the emergency lines go above the normal reply
 * @param scale   how much the unit sentence vectors are stretched before the model reads them
 * @param l2Cost  L2 regularisation of the detector's model
 */
public record DetectorSettings(boolean enabled, double sure, double unsure, double scale, double l2Cost) {

    public static final DetectorSettings DEFAULTS = new DetectorSettings(true, 0.5, 0.2, 10, 0.1);

    public DetectorSettings {
        if (!(unsure > 0 && unsure <= sure && sure <= 1)) {
            throw new IllegalArgumentException("need 0 < unsure (" + unsure + ") <= sure (" + sure + ") <= 1");
        }
        if (!(scale > 0 && scale <= 1000)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 1000: " + scale);
        }
        if (!(l2Cost >= 0 && l2Cost <= 100)) {
            throw new IllegalArgumentException("l2 cost must be from 0 to 100: " + l2Cost);
        }
    }
}
