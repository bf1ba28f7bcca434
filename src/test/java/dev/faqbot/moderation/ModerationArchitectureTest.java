package dev.faqbot.moderation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Moderation sits beside the adapters: both the console and Discord call it, and the core never does. */
@AnalyzeClasses(packages = "dev.faqbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ModerationArchitectureTest {

    @ArchTest
    static final ArchRule moderationKnowsNoAdapter = noClasses()
            .that().resideInAPackage("dev.faqbot.moderation..")
            .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "dev.faqbot.discord..", "dev.faqbot.cli..")
            .because("/faq-admin and the console call the same Discord-free moderation API");

    @ArchTest
    static final ArchRule theCoreKnowsNothingOfModeration = noClasses()
            .that().resideInAnyPackage("dev.faqbot.core..", "dev.faqbot.kb..", "dev.faqbot.classify..",
                    "dev.faqbot.safety..", "dev.faqbot.text..")
            .should().dependOnClassesThat().resideInAPackage("dev.faqbot.moderation..")
            .because("statistics and the learning loop watch the core through OutcomeListener, never the reverse");
}
