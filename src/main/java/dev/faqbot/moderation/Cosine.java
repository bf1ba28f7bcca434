package dev.faqbot.moderation;

/** Vector arithmetic for grouping questions by meaning. */
final class Cosine {

    private Cosine() {
    }

    static float[] unit(float[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        float[] out = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            out[d] = norm == 0 ? 0 : (float) (vector[d] / norm);
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < Math.min(a.length, b.length); d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }

    /** The cosine of {@code unit} (unit length) and {@code sum} (any length); 0 for a zero sum. */
    static double of(float[] unit, float[] sum) {
        double norm = Math.sqrt(dot(sum, sum));
        return norm == 0 ? 0 : dot(unit, sum) / norm;
    }
}
