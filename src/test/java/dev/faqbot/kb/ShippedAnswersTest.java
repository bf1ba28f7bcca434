package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Kbs;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the shipped answers must say, beyond what {@code validate} checks: the three answers added for issue 9 lead
 * with what they must and cite what they say, and the errors the 2026-12 editorial review found stay fixed.
 */
class ShippedAnswersTest {

    private final KnowledgeBase kb = Kbs.shipped();

    private Response answer(String id) {
        return kb.response(id).orElseThrow(() -> new AssertionError("no shipped answer for " + id));
    }

    private static List<String> urls(Response response) {
        return response.sources().stream().map(Source::url).toList();
    }

    /** Each phrase appears, in this order. */
    private static void assertInOrder(String text, String... phrases) {
        int at = -1;
        for (String phrase : phrases) {
            int next = text.indexOf(phrase, at + 1);
            assertTrue(next > at, () -> "'" + phrase + "' missing or out of order in:\n" + text);
            at = next;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"after_treatment", "expanded_access", "trial_eligibility"})
    void theNewAnswers_load_withAnIntent_sourcesOnAllowedSites_andThreeRelatedAnswers(String id) {
        Response response = answer(id);

        assertAll(
                () -> assertTrue(kb.intents().containsKey(id), "intents/" + id + ".yml"),
                () -> assertTrue(response.medical()),
                () -> assertTrue(response.sources().size() >= kb.rules().minSources()),
                () -> assertTrue(response.sources().stream().allMatch(s -> kb.rules().allowsHost(SourcesReader.host(s.url())))),
                () -> assertEquals(3, response.related().size()),
                () -> assertTrue(Readability.grade(response.answer()) <= 8, () -> id + " grade "
                        + Readability.grade(response.answer())));
    }

    @Test
    void afterTreatment_leadsWithTheWarningSignsAndEmergencyNumbers_thenTheNextSteps() {
        Response response = answer("after_treatment");
        String text = response.answer();

        assertTrue(text.startsWith("**Get emergency care now**"), text);
        assertInOrder(text, "stiff neck", "headache", "weakness or numbness", "trouble breathing", "swelling of the face",
                "911", "999", "112", "000", "neurologist", "Keep records", "dose", "how it was given", "dates",
                "trials", "MedWatch", "Yellow Card", "national medicines regulator", "Money back");
        assertTrue(urls(response).containsAll(List.of("https://www.cdc.gov/mmwr/volumes/73/wr/mm7318a3.htm",
                "https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-event-reporting-program",
                "https://clinicaltrials.gov/study/NCT03280056")), () -> urls(response).toString());
    }

    @Test
    void expandedAccess_namesBothUsRoutes_andSaysClinicProductsDoNotQualify() {
        Response response = answer("expanded_access");

        assertInOrder(response.answer(), "company agrees", "Expanded access", "Right to Try", "Phase 1",
                "A clinic's own stem cells do not qualify", "Florida", "Outside the US");
        assertTrue(urls(response).containsAll(List.of(
                "https://www.fda.gov/news-events/expanded-access/expanded-access-information-patients",
                "https://www.fda.gov/patients/learn-about-expanded-access-and-other-treatment-options/right-try")));
    }

    @Test
    void trialEligibility_answersBreathingFeedingTubeAgeAndPastTreatment_fromTheTrialRecords() {
        Response response = answer("trial_eligibility");

        assertInOrder(response.answer(), "Eligibility", "65%", "BiPAP", "70%", "feeding tube", "18 to 75",
                "stem cells of any kind", "2 years");
        assertTrue(urls(response).containsAll(List.of("https://clinicaltrials.gov/study/NCT03280056",
                "https://clinicaltrials.gov/study/NCT07118319", "https://clinicaltrials.gov/study/NCT04745299")));
    }

    @Test
    void findTrials_isAboutFindingTrials_andFdaStatusNamesEveryLegalUsRoute() {
        String find = answer("find_trials").answer();
        String status = answer("fda_status").answer();

        assertFalse(find.contains("Right to Try") || find.contains("expanded access"), find);
        assertTrue(answer("find_trials").related().containsAll(List.of("trial_eligibility", "expanded_access")));
        assertInOrder(status, "clinical trial", "expanded access", "Right to Try", "A clinic's own stem cells do not qualify");
        assertFalse(status.contains("legal way to get stem cells for ALS is a clinical trial"), status);
    }

    @Test
    void theReviewsErrors_stayFixed() {
        assertAll(
                () -> assertFalse(answer("nurown").answer().toLowerCase(Locale.ROOT).contains("improved"),
                        "NurOwn: responders declined more slowly, nobody improved"),
                () -> assertInOrder(answer("nurown").answer(), "34.7%", "27.7%", "declined more slowly", "both groups lost function"),
                () -> assertInOrder(answer("fda_status").answer(), "Omisirge", "Ryoncil", "None is for ALS or any other motor neuron disease"),
                () -> assertFalse(answer("fda_status").answer().contains("only a few")),
                () -> assertInOrder(answer("stem_cell_types").answer(), "Phase 1", "conditional", "South Korea"),
                () -> assertInOrder(answer("trial_phases").answer(), "Open-label", "everyone knows who gets what",
                        "There may still be a comparison group"),
                () -> assertTrue(answer("msc_basics").answer().contains("There is no single official name")),
                () -> assertFalse(answer("msc_basics").answer().contains("the official name is")),
                () -> assertInOrder(answer("unproven_clinics").answer(), "In the US, that is the FDA IND number", "Elsewhere"),
                () -> assertInOrder(answer("questions_to_ask").answer(), "In the US: what is the FDA IND number?", "Elsewhere"),
                () -> assertFalse(answer("neuronata_r").answer().contains("55,000")),
                () -> assertFalse(answer("cost").answer().contains("55,000")),
                () -> assertInOrder(answer("als_basics").answer(), "Lou Gehrig's disease", "motor neurone disease (MND)",
                        "First signs"),
                () -> assertInOrder(answer("risks").answer(), "Get emergency care at once", "stiff neck", "trouble breathing"),
                () -> assertInOrder(answer("procedure").answer(), "breathing muscles are weak", "lying still", "sedation"));
    }

    @Test
    void noAnswer_datesItselfWithAsOf() {
        kb.responses().values().forEach(r -> assertFalse(r.answer().toLowerCase(Locale.ROOT).matches("(?s).*\\bas of\\b.*"),
                () -> r.id() + " says 'as of'; the Reviewed date says it (a fast-moving answer may say 'at the last review')"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"approved_treatments", "fda_status", "find_trials", "cost", "unproven_clinics", "after_treatment"})
    void answersWhoseFactsDifferByCountry_givePictureOutsideTheUs(String id) {
        String text = answer(id).answer();

        assertTrue(text.contains("Outside the US") || text.contains("Elsewhere") || text.contains("EU:")
                || text.contains("(UK)"), () -> id + " says nothing for readers outside the US:\n" + text);
    }
}
