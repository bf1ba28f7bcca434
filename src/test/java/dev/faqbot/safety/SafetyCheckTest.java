package dev.faqbot.safety;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.Query;
import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.kb.CrisisRules;
import dev.faqbot.kb.EmergencyReply;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Region;
import dev.faqbot.safety.SafetyCheck.Danger;
import dev.faqbot.testing.Kbs;
import dev.faqbot.text.Normaliser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safety check with the SHIPPED patterns (intents/crisis.yml) and replies (responses/crisis.yml), on messages as
 * people type them in chat. Messages go through the same clean-up the bot applies before the check.
 */
class SafetyCheckTest {

    private static final Normaliser NORMALISER = new Normaliser(500);
    private static KnowledgeBase kb;
    private static SafetyCheck safety;

    @BeforeAll
    static void loadShippedKnowledgeBase() {
        kb = Kbs.shipped();
        safety = new SafetyCheck(kb.crisis());
    }

    private static Optional<Danger> check(String message) {
        return safety.check(NORMALISER.clean(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // cannot breathe, typos included
            "I can't breathe",
            "cant breath",
            "i cant breath",
            "cant breath help",
            "help cant breathe",
            "can't breathe. help",
            "my husband can't breathe!!",
            "HELP my dad cant breath!!!",
            "pals here, i literally cant breathe",
            "my wife cannot breathe, what do i do",
            "i cant breathe properly since this morning",
            "my dad cant get any air please help",
            "he can't catch his breath",
            "my dad cant breathe on his bipap",
            "I'm having trouble breathing right now",
            "my husband is having a lot of trouble breathing",
            "he's struggling to breathe",
            "my wife is gasping for air",
            "i'm suffocating",
            // choking
            "mom is choking right now what do i do",
            "she's choking on her saliva",
            "I think he's choking on his food",
            "dad is choking",
            "im choking",
            "should we call 911? he's choking",
            // blue lips
            "his lips are blue",
            "my husband's lips are blue",
            "her lips look blue and she's confused",
            "blue lips and he's really drowsy",
            "his face went grey",
            // secretions that cannot be cleared
            "he can't clear his secretions and he's panicking",
            "she cant cough up the phlegm and it's getting worse",
            "mucus is blocking his airway",
            "he is choking on his spit and cant get it out",
            // not breathing, unresponsive
            "my dad is not breathing",
            "he isnt breathing",
            "my wife isn't breathing",
            "she stopped breathing",
            "she is not breathing call 911",
            "my husband is unresponsive",
            "she won't wake up",
            "my mom collapsed",
            "mum collapsed last night and she's still not making sense",
            "right now he is on the drip at the clinic and he fainted, he says his chest hurts",
            "dad is unconscious",
            // the breathing machine failed
            "his bipap just stopped working",
            "the bipap failed and he is struggling to breathe",
            "BiPAP isn't working and she can't get air",
            "vent is alarming and she can't get air",
            "ventilator fell out",
            "trach came out!!",
            "his trach came out and he's turning blue"})
    void emergency_isRecognised(String message) {
        assertEquals(Optional.of(Danger.MEDICAL_EMERGENCY), check(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // said directly
            "i want to kill myself",
            "I'm thinking about suicide",
            "i've been having suicidal thoughts",
            "i have suicidal thoughts in the evenings now",
            "i'm alone, at high risk and suicidal tonight",
            "i keep having suicidal thoughts in those long nights",
            "suicidal thoughts among other things lately",
            "i want to end my life",
            "i'm going to take all my pills tonight",
            "i'm planning to overdose on my meds",
            "i want to hurt myself",
            "honestly i just want to die",
            // said indirectly
            "i don't want to live like this anymore",
            "i dont want to be here anymore",
            "everyone would be better off without me",
            "i'm a burden, they'd be better off if i was gone",
            "i wish i could just not wake up",
            "there's no point in living anymore",
            "i can't go on like this anymore",
            "life isn't worth it anymore",
            "my life isn't worth living",
            "sometimes i think about ending it all",
            "i'm ready to end things",
            "i just want to disappear forever",
            "i've been saving up my morphine",
            "goodbye everyone, thank you for everything",
            "i won't be a burden to my kids much longer, i've made up my mind",
            "she says she won't be a burden on anyone for long",
            "i'm not going to be a burden to them much longer",
            "i'm going to die tonight, i have the pills",
            "i'm going to die of an overdose",
            "i'll do it when he's at work so the kids aren't the ones to find me",
            "i don't want my daughter to be the one who finds me",
            "i just want to die from my als now, tonight",
            "i'm ready to die from this illness",
            "i've saved up all of my pills",
            "i'll not be a burden much longer",
            "he told me he won't be a problem for us much longer, he's got it sorted",
            "some nights i think about turning the wheel into an oncoming truck",
            "i keep thinking about stepping in front of a train on the way home",
            "she says she'd rather jump from the balcony than be fed through a tube",
            "i've looked up how many of my pills it would take",
            "he googled the lethal dose of his morphine last night",
            "kms if one more doctor says nothing can be done",
            "my husband wants to die by suicide",
            "scheduled my goodbye emails to go out on friday",
            "i can't tell you how often i want to commit suicide",
            "the number of times i've tried to commit suicide, nobody knows",
            "he keeps saying he'd rather jump off the bridge than go into a home",
            "nights i think about swerving into oncoming traffic",
            // about someone else
            "my husband keeps saying he wants to die",
            "my wife talks about wanting to die",
            "my mum doesn't want to live anymore",
            "he no longer wants to live like this",
            "i don't want to go on any more",
            "she does not want to continue anymore, she is hiding her tablets",
            "at review he disclosed a clear plan to end his life with stored opioids",
            "i've been thinking about turning off my vent myself one night",
            "thanks for everything mate, this is goodbye"})
    void selfHarm_isRecognised_whetherSaidDirectlyOrIndirectly(String message) {
        assertEquals(Optional.of(Danger.SELF_HARM), check(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how does ALS affect breathing over time?",
            "will he eventually have trouble breathing?",
            "is choking common in ALS?",
            "what is a bipap machine",
            "what if I can't breathe someday",
            "what is the suicide rate in ALS",
            "what are the suicide statistics in als",
            "my thesis looks at suicide rates and suicidal thoughts among people living with mnd",
            "is suicidal ideation in patients with als well studied?",
            "how do people die from ALS",
            "is it true als patients die of suffocation",
            "do people with ALS choke to death?",
            "can you die from choking in als",
            // assisted dying
            "is medical aid in dying legal for ALS patients",
            "what is assisted suicide and which states allow it",
            "is physician assisted suicide legal in california for als",
            "does MAID apply to ALS in Canada",
            "how many people with ALS choose MAID",
            "is death with dignity available for ALS in oregon",
            "is euthanasia allowed for als in belgium",
            // breathing as a topic
            "what happens when the breathing muscles get weak",
            "what happens when someone with als can no longer breathe on their own",
            "once he can't breathe on his own, what are the options",
            "when i can't breathe anymore will a trach help",
            "what does it feel like when you can't breathe with ALS",
            "is it normal to feel short of breath when lying flat",
            "my dad's FVC dropped to 50%, what does that mean?",
            "can ALS cause respiratory failure",
            "can stem cells help with breathing problems",
            "could mscs help my dad breathe better",
            // machines and care
            "when should we start using bipap",
            "what's the difference between bipap and cpap",
            "what happens if the bipap fails during a power outage",
            "how long can someone live on a ventilator",
            "what is a tracheostomy",
            "what is the cough assist machine for",
            "how do you clear secretions at home",
            "tips for swallowing without choking",
            "how to prevent choking when eating",
            "my mom is scared she will choke someday",
            "how do i make a plan for a breathing emergency",
            "does hospice help with air hunger at the end",
            // life and death, without danger
            "what are the final stages of ALS like",
            "what's the life expectancy after diagnosis",
            "how do i talk to my kids about ALS and dying",
            "i'm dying to know if stem cells work",
            "i don't want to be a burden to my family, how do other pals cope with that feeling",
            "once the grant comes through the paperwork won't be a burden much longer",
            "i know i'm going to die of this disease, is there anything that slows it down?",
            "I'm going to die from ALS eventually, are stem cells worth trying?",
            "i'm going to die of embarrassment if the trial nurse sees my messy house",
            "this paperwork, i'm going to die laughing or crying",
            "who will be the one to find me a trial near leeds?",
            "i know i'm going to die of it, so what does a trial offer me",
            "my son is the one who finds me on the floor when i fall",
            "with the new stairlift i won't be a burden to my husband any longer",
            "the pharmacist saved my tablets for collection",
            "what percentage of pals die by suicide? writing a uni paper",
            "how many people with als commit suicide each year",
            "the trial site is 200 kms from our village",
            "we drove 50 kms to see the neurologist",
            "how many pills would it take each day on the trial?",
            "he drove into a wall in the car park because his foot is weak, should he stop driving",
            "i'd rather jump through hoops than pay that clinic",
            "with the new stairlift the stairs won't be a problem much longer",
            "the hospice team helped him record goodbye videos for the grandchildren",
            "we were walking in front of the bus station when he fell last year, is that why his leg is weak",
            "turn the car into the bus lane by the hospital, the trial entrance is there",
            "i'd rather jump from trial to trial than pay that clinic",
            "i counted how many tablets it would take for the washout, is two weeks enough",
            "i checked how many pills would be enough for the holiday",
            "i set up the last emails to the trial coordinator",
            "how often do people with als die by suicide? for my nursing essay",
            "i don't want to go on a ventilator, what are the options?",
            "he doesnt want to go on bipap yet",
            "i do not want to go on the trial if it means stopping riluzole",
            "i don't want to continue with the trial",
            "dad has decided to end his life through MAID next spring, how do we tell the kids?",
            "when is it ok to turn off his ventilator?",
            "sold the van today, this is goodbye to the old girl",
            "ok this is goodbye for tonight, see you all tomorrow x",
            "dad collapsed last month, it was his blood pressure meds, he's fine now",
            "she passed out two weeks ago and the GP says it was dehydration, how much water through the peg?",
            "he collapsed back in march and the hospital found nothing",
            "she fainted last month, it was her blood pressure, fine since"})

    void nearMiss_isNotAnEmergency(String message) {
        assertEquals(Optional.empty(), check(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "_i cant breathe_",
            "_my husband can't breathe_",
            "*i cant breathe*",
            "**HELP** my wife cant breathe",
            "<@123456789> i cant breathe",
            "`i cant breathe`",
            "> my dad is not breathing",
            "# HELP CANT BREATHE",
            "Ｉ ｃａｎｔ ｂｒｅａｔｈｅ",
            "I CAN\u2019T BREATHE",
            "i can\u200bt breathe",
            "my dad is not\u00a0breathing"})
    void emergency_isRecognisedThroughChatMarkup(String message) {
        assertEquals(Optional.of(Danger.MEDICAL_EMERGENCY), check(message));
    }

    @Test
    void selfHarm_winsOverAnEmergency_becauseItNeedsTheCrisisLine() {
        assertEquals(Optional.of(Danger.SELF_HARM), check("i can't breathe and i want to die"));
        assertEquals(Optional.of(Danger.SELF_HARM), check("||i want to die||"));
    }

    @Test
    void theEmergencyIsFoundAnywhereInALongMessage() {
        String message = "sorry for the long post. ".repeat(150) + "anyway my husband can't breathe right now";

        assertEquals(Optional.of(Danger.MEDICAL_EMERGENCY), check(message));
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void crisisReplies_giveAnEmergencyNumberAndACrisisLine_inEveryRegion(Region region) {
        EmergencyReply emergency = kb.crisis().emergencyReply(region);
        EmergencyReply selfHarm = kb.crisis().selfHarmReply(region);
        String firstEmergency = region.emergencyNumbers().get(0);
        String firstCrisisLine = region.crisisLines().get(0);

        assertAll(
                () -> region.emergencyNumbers().forEach(n -> assertTrue(emergency.answer().contains(n), emergency.answer())),
                () -> region.crisisLines().forEach(n -> assertTrue(emergency.answer().contains(n), emergency.answer())),
                () -> region.emergencyNumbers().forEach(n -> assertTrue(selfHarm.answer().contains(n), selfHarm.answer())),
                () -> region.crisisLines().forEach(n -> assertTrue(selfHarm.answer().contains(n), selfHarm.answer())),
                () -> assertTrue(emergency.answer().indexOf(firstEmergency) < emergency.answer().indexOf(firstCrisisLine),
                        "the emergency reply leads with the emergency number"),
                () -> assertTrue(selfHarm.answer().indexOf(firstCrisisLine) < selfHarm.answer().indexOf(firstEmergency),
                        "the self-harm reply leads with the crisis line"),
                () -> assertFalse(emergency.answer().contains("{") || selfHarm.answer().contains("{"),
                        "every placeholder is filled"),
                () -> assertTrue(emergency.sources().stream().allMatch(s -> s.url().startsWith("https://"))));
    }

    @Test
    void withoutPatterns_nothingIsADanger_andRulesAreRequired() {
        EmergencyReply reply = new EmergencyReply("t", "call 911 or 988", List.of());
        SafetyCheck none = new SafetyCheck(new CrisisRules(List.of(), List.of(), reply, reply));

        assertEquals(Optional.empty(), none.check("i cant breathe"));
        assertThrows(NullPointerException.class, () -> new SafetyCheck(null));
        assertEquals(Optional.of(Danger.MEDICAL_EMERGENCY), new SafetyCheck(new CrisisRules(
                List.of(Pattern.compile("x")), List.of(), reply, reply)).check("x"));
    }

    @Test
    void detect_readsTheDetectorAlone_thePatternsAreTheFirstStep() {
        EmergencyReply reply = new EmergencyReply("t", "call 911 or 988", List.of());
        IntentClassifier gasping = query -> new Ranking(List.of(
                new Scored(CrisisDetector.EMERGENCY, query.text().contains("gasping") ? 0.9 : 0.0),
                new Scored(CrisisDetector.NONE, query.text().contains("gasping") ? 0.1 : 1.0)));
        SafetyCheck safety = new SafetyCheck(new CrisisRules(List.of(Pattern.compile("x")), List.of(), reply, reply),
                Optional.of(new CrisisDetector(gasping, 0.5, 0.2)));

        assertEquals(Optional.of(Danger.MEDICAL_EMERGENCY), safety.check("x"));
        assertEquals(Optional.empty(), safety.detect("x", Query.textOnly("x")), "the patterns are not run twice");
        assertEquals(Alarm.Level.SURE, safety.detect("he is gasping", Query.textOnly("he is gasping"))
                .orElseThrow().level());
        assertEquals(Optional.empty(), new SafetyCheck(new CrisisRules(List.of(), List.of(), reply, reply))
                .detect("he is gasping", Query.textOnly("he is gasping")), "no detector, no reading");
    }

    // Contractions, word order and figures of speech that once slipped past the patterns.

    @ParameterizedTest
    @ValueSource(strings = {
            "he's not breathing",
            "she's not breathing",
            "hes not breathing",
            "he's unresponsive",
            "she's unconscious",
            "my dad's unresponsive",
            "his lips are turning blue",
            "dad's face is turning blue",
            "we can't get the mucus out",
            "he cant swallow and is choking"})
    void contractedAndReorderedEmergencies_areCaught(String message) {
        assertEquals(Optional.of(Danger.MEDICAL_EMERGENCY), check(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "is assisted-suicide legal for als in oregon?",
            "is suicide risk higher in ALS",
            "what should we do if his bipap stopped working at night?",
            "how do I know if my dad can't breathe well enough at night",
            "this insurance paperwork is killing me lol",
            "the waiting is killing me, when will nurown results come out"})
    void figuresOfSpeechAndTopicQuestions_areNotAlarms(String message) {
        assertEquals(Optional.empty(), check(message));
    }

    /**
     * Other languages: what every line of src/test/resources/safety/multilingual.tsv expects of ALL the shipped
     * patterns together (a pattern for one language must not fire on another language's near miss).
     */
    @ParameterizedTest(name = "{1}: {2} -> {0}")
    @CsvFileSource(resources = "/safety/multilingual.tsv", delimiter = '\t', quoteCharacter = '\u0000',
            numLinesToSkip = 1)
    void otherLanguages_areCaughtByTheirPatterns_andTheirNearMissesAreNot(String expected, String language,
                                                                         String message) {
        Optional<Danger> expectedDanger = switch (expected) {
            case "emergency" -> Optional.of(Danger.MEDICAL_EMERGENCY);
            case "self_harm" -> Optional.of(Danger.SELF_HARM);
            default -> Optional.empty();
        };
        Optional<Danger> actual = check(message);
        if (expectedDanger.isPresent()) {
            assertTrue(actual.isPresent(), () -> language + ": not caught: " + message);
        } else {
            assertEquals(Optional.empty(), actual, () -> language + ": a false alarm: " + message);
        }
    }
}
